package org.rcm.platform.events.eligibility;

import org.rcm.platform.events.claim.ClaimSubmitted;

import java.time.LocalDate;

/**
 * One insurance coverage of a patient.
 *
 * @param order        1 primary, 2 secondary, 3 tertiary
 * @param relationship patient's relationship to the subscriber (X12 INS02/SBR02: 18 self, 01 spouse, 19 child,
 *                     G8 other)
 * @param subscriber   the subscriber when it is not the patient (relationship ≠ 18), else null
 */
public record Coverage(String coverageId, String payerId, int order, String memberId, String groupNumber,
                       String relationship, ClaimSubmitted.Person subscriber, LocalDate effectiveFrom,
                       LocalDate effectiveTo) {
}
