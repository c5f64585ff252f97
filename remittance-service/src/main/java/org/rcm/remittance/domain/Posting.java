package org.rcm.remittance.domain;

import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.remittance.ClaimDenied;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one 835 claim payment.
 *
 * @param status             PAID, PARTIALLY_PAID, DENIED or REVERSED
 * @param allowed            Σ AMT*B6 when every line has it, else paid + patient responsibility + prior payer (OA-23)
 * @param otherPatient       patient responsibility that is not PR-1/2/3
 * @param adjustments        every claim and line CAS adjustment
 * @param denials            the adjustments that are denials (not contractual, not patient responsibility)
 * @param deniedLines        lines with a denial adjustment
 */
public record Posting(String status, BigDecimal paid, BigDecimal allowed, BigDecimal patientResponsibility,
                      BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay, BigDecimal otherPatient,
                      BigDecimal contractual, BigDecimal denied, BigDecimal interest, List<Adjustment> adjustments,
                      List<Adjustment> denials, List<ClaimDenied.DeniedLine> deniedLines, List<String> remarkCodes) {

    public boolean fullDenial() {
        return "DENIED".equals(status);
    }

    public boolean hasDenial() {
        return denied.signum() > 0 && !"REVERSED".equals(status);
    }
}
