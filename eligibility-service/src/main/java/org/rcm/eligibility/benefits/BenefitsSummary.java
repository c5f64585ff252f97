package org.rcm.eligibility.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a front desk needs from a 271, for the behavioral service type that answered.
 *
 * @param status              ACTIVE, INACTIVE or UNKNOWN (no EB01 status at all: never treated as eligible)
 * @param serviceType         the EQ service type asked
 * @param serviceTypeAnswered true when some EB names the asked service type (for 30: any plan-level status)
 * @param behavioralCovered   false when the payer says non-covered (EB01 = I) for the service type, else null/true
 * @param copay               EB01 = B, per visit
 * @param coinsurancePercent  EB01 = A, as a fraction (0.2 = 20 %)
 * @param deductible          EB01 = C
 * @param outOfPocket         EB01 = G (stop loss)
 * @param priorAuthorizationRequired EB11 of the behavioral benefits: Y → true, only N → false, absent → null
 * @param carveOutVendor      name of the 2120 entity a behavioral benefit points to (payer, managed care org, vendor)
 * @param carveOutVendorId    its NM109, or null
 * @param primaryCareProvider name of a 2120 P3 entity, or null
 * @param messages            MSG texts of the plan-level and behavioral benefits, in order, without repeats
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record BenefitsSummary(String status, LocalDate coverageStart, LocalDate coverageEnd, String planName,
                              String insuranceType, String serviceType, boolean serviceTypeAnswered,
                              Boolean behavioralCovered, Network<BigDecimal> copay,
                              Network<BigDecimal> coinsurancePercent, Network<Accumulator> deductible,
                              Network<Accumulator> outOfPocket, List<VisitLimit> visitLimits,
                              Boolean priorAuthorizationRequired, String carveOutVendor, String carveOutVendorId,
                              String primaryCareProvider, List<String> messages) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
