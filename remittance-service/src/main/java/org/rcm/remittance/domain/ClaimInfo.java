package org.rcm.remittance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What we know of a submitted claim for posting (from ClaimSubmitted).
 *
 * @param responsibility SBR01 of the claim: P primary, S secondary, T tertiary (null = primary)
 */
public record ClaimInfo(String claimId, String patientControlNumber, String payerId, String patientId,
                        BigDecimal totalCharge, LocalDate dateOfService, String responsibility,
                        List<ClaimLineRef> lines) {
}
