package org.rcm.platform.events.remittance;

import org.rcm.platform.events.gateway.Adjustment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A claim, or some of its lines, was denied by the payer (an adjudicated 835 outcome; not a 999/277CA
 * rejection). Key: claimId. {@code adjustments} are the denial adjustments only (contractual CO-45 and patient
 * responsibility are not denials).
 */
public record ClaimDenied(
        String claimId,
        String paymentId,
        String payerId,
        String payerClaimControlNumber,
        String claimStatusCode,
        boolean fullDenial,
        BigDecimal chargeAmount,
        BigDecimal paidAmount,
        BigDecimal deniedAmount,
        List<Adjustment> adjustments,
        List<String> remarkCodes,
        List<DeniedLine> lines) {

    public record DeniedLine(String code, List<String> modifiers, BigDecimal chargeAmount, BigDecimal deniedAmount,
                             List<Adjustment> adjustments) {
    }
}
