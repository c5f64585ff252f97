package org.rcm.platform.events.remittance;

import java.math.BigDecimal;

/**
 * A claim payment was posted. Key: claimId.
 *
 * @param claimStatus             PAID, PARTIALLY_PAID, DENIED or REVERSED
 * @param deductible              of the patient responsibility, CAS PR-1 (optional: null from older producers)
 * @param coinsurance             of the patient responsibility, CAS PR-2 (optional)
 * @param copay                   of the patient responsibility, CAS PR-3 (optional)
 * @param payerClaimControlNumber CLP07, the payer's claim number (optional)
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
        BigDecimal contractualAdjustment,
        BigDecimal deductible,
        BigDecimal coinsurance,
        BigDecimal copay,
        String payerClaimControlNumber) {

    /** A posting without the patient responsibility's breakdown. */
    public PaymentPosted(String claimId, String paymentId, String remittanceId, String payerId, String claimStatus,
                         BigDecimal chargeAmount, BigDecimal paidAmount, BigDecimal patientResponsibility,
                         BigDecimal contractualAdjustment) {
        this(claimId, paymentId, remittanceId, payerId, claimStatus, chargeAmount, paidAmount, patientResponsibility,
                contractualAdjustment, null, null, null, null);
    }
}
