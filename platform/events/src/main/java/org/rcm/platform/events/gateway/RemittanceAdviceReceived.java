package org.rcm.platform.events.gateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The payment header of an 835 (BPR/TRN/PLB), once per ERA (payer + TRN02). Its claim payments follow as
 * RemittanceReceived events with the same remittanceId. Key: remittanceId.
 */
public record RemittanceAdviceReceived(String remittanceId, String payerId, String traceNumber,
                                       String paymentMethod, BigDecimal paymentAmount, LocalDate paymentDate,
                                       int claimCount, List<ProviderAdjustment> providerAdjustments) {

    /** A PLB adjustment: reason (WO, L6, FB, …), reference and amount (positive reduces the payment). */
    public record ProviderAdjustment(String reason, String reference, BigDecimal amount) {
    }
}
