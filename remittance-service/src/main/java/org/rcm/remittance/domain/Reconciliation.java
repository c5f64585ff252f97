package org.rcm.remittance.domain;

import java.math.BigDecimal;

/**
 * An ERA balances when BPR02 = Σ CLP04 − Σ PLB and every claim payment it announced has been posted.
 *
 * @param status BALANCED, PENDING (claim payments still to come) or OUT_OF_BALANCE
 */
public record Reconciliation(String status, BigDecimal paymentAmount, BigDecimal claimPaidTotal,
                             BigDecimal providerAdjustmentTotal, BigDecimal difference, int claimsExpected,
                             int claimsPosted) {

    public static Reconciliation of(Era era, BigDecimal claimPaidTotal, int claimsPosted) {
        BigDecimal expected = claimPaidTotal.subtract(era.providerAdjustmentTotal());
        BigDecimal difference = era.paymentAmount().subtract(expected);
        String status;
        if (claimsPosted < era.claimCount()) {
            status = "PENDING";
        } else if (difference.signum() == 0) {
            status = "BALANCED";
        } else {
            status = "OUT_OF_BALANCE";
        }
        return new Reconciliation(status, era.paymentAmount(), claimPaidTotal, era.providerAdjustmentTotal(),
                difference, era.claimCount(), claimsPosted);
    }
}
