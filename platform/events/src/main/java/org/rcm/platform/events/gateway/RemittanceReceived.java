package org.rcm.platform.events.gateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One claim payment of an 835 (CLP loop) with its payment header. Key: patientControlNumber (our claim's CLP01).
 * {@code remittanceId} identifies the ERA (payer + TRN02); the gateway emits one event per claim payment and
 * never twice for the same ERA.
 *
 * @param claimStatusCode CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 19-21 crossed over,
 *                        22 reversal of a previous payment
 */
public record RemittanceReceived(
        String remittanceId,
        String payerId,
        String traceNumber,
        LocalDate paymentDate,
        BigDecimal paymentAmount,
        String patientControlNumber,
        String claimStatusCode,
        BigDecimal chargeAmount,
        BigDecimal paidAmount,
        BigDecimal patientResponsibility,
        String payerClaimControlNumber,
        List<Adjustment> adjustments,
        List<String> remarkCodes,
        List<ServiceLine> lines) {

    public record ServiceLine(
            String code,
            List<String> modifiers,
            BigDecimal chargeAmount,
            BigDecimal paidAmount,
            int units,
            String lineControlNumber,
            LocalDate dateOfService,
            List<Adjustment> adjustments,
            List<String> remarkCodes) {
    }
}
