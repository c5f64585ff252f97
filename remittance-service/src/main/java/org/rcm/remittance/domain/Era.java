package org.rcm.remittance.domain;

import org.rcm.platform.events.gateway.RemittanceAdviceReceived;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The payment header of one 835 (BPR, TRN, PLB) with the number of claim payments it carries. */
public record Era(String remittanceId, String payerId, String traceNumber, String paymentMethod,
                  BigDecimal paymentAmount, LocalDate paymentDate, int claimCount,
                  List<RemittanceAdviceReceived.ProviderAdjustment> providerAdjustments) {

    public static Era of(RemittanceAdviceReceived a) {
        return new Era(a.remittanceId(), a.payerId(), a.traceNumber(), a.paymentMethod(), a.paymentAmount(),
                a.paymentDate(), a.claimCount(), a.providerAdjustments() == null ? List.of() : a.providerAdjustments());
    }

    public BigDecimal providerAdjustmentTotal() {
        return providerAdjustments.stream().map(RemittanceAdviceReceived.ProviderAdjustment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public RemittanceAdviceReceived toEvent() {
        return new RemittanceAdviceReceived(remittanceId, payerId, traceNumber, paymentMethod, paymentAmount,
                paymentDate, claimCount, providerAdjustments);
    }
}
