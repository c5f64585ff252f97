package org.rcm.platform.events.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 271 answered for (patient, payer, date of service). Key: patientId.
 *
 * @param serviceTypeAnswered the EQ/EB service type that carried the behavioral benefits (MH, CF, A6, 98, 30…)
 */
public record EligibilityVerified(String checkId, String patientId, String payerId, LocalDate dateOfService,
                                  boolean active, LocalDate coverageStart, LocalDate coverageEnd,
                                  String serviceTypeAnswered, BigDecimal copay, BigDecimal coinsurancePercent,
                                  BigDecimal deductibleRemaining, BigDecimal outOfPocketRemaining,
                                  Boolean priorAuthorizationRequired, String carveOutVendor,
                                  List<String> messages) {
}
