package org.rcm.platform.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rcm.platform.x12.model.Adjustment;

/**
 * 2320 other subscriber information with 2330A (other insured) and 2330B (other payer), for
 * secondary and tertiary claims.
 *
 * @param payerResponsibility  SBR01 of the other payer (P, S, T)
 * @param relationship         SBR02 (18 self, 01 spouse, 19 child, G8 other)
 * @param groupNumber          SBR03 or null
 * @param claimFilingIndicator SBR09
 * @param paidAmount           AMT*D payer paid amount, or null when the other payer has not adjudicated
 * @param adjustments          claim-level CAS from the other payer
 * @param insuredLastName      2330A NM103
 * @param insuredFirstName     2330A NM104
 * @param insuredId            2330A NM109 (MI)
 * @param payerName            2330B NM103
 * @param payerId              2330B NM109 (PI)
 * @param adjudicationDate     2330B DTP*573, or null
 */
public record OtherPayer(String payerResponsibility, String relationship, String groupNumber,
                         String claimFilingIndicator, BigDecimal paidAmount, List<Adjustment> adjustments,
                         String insuredLastName, String insuredFirstName, String insuredId, String payerName,
                         String payerId, LocalDate adjudicationDate) {
}
