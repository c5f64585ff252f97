package org.rcm.platform.x12.remit;

import java.math.BigDecimal;

/**
 * End of one 835 transaction set.
 *
 * @param claimCount              CLP loops delivered
 * @param totalPayment            BPR02
 * @param claimPaidTotal          sum of CLP04
 * @param providerAdjustmentTotal sum of PLB amounts
 * @param balanced                BPR02 = Σ CLP04 − Σ PLB and every claim balances
 * @param complete                false when the set ended without SE (the last claim is then dropped)
 */
public record RemittanceSummary(String transactionControlNumber, int claimCount, BigDecimal totalPayment,
                                BigDecimal claimPaidTotal, BigDecimal providerAdjustmentTotal, boolean balanced,
                                boolean complete) {
}
