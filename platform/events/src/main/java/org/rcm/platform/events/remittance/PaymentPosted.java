package org.rcm.platform.events.remittance;

import java.math.BigDecimal;

/**
 * A claim payment was posted. Key: claimId.
 *
 * @param claimStatus PAID, PARTIALLY_PAID, DENIED or REVERSED
 */
public record PaymentPosted(
        String claimId,
        String paymentId,
        String remittanceId,
        String payerId,
        String claimStatus,
        BigDecimal chargeAmount,
        BigDecimal paidAmount,
        BigDecimal patientResponsibility,
        BigDecimal contractualAdjustment) {
}
