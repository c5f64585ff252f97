package org.rcm.denial.domain;

import java.math.BigDecimal;

/** A write-off above the approval threshold needs an admin; at or below it any biller may write off. */
public final class WriteOffPolicy {
    private WriteOffPolicy() {
    }

    public static boolean needsApproval(BigDecimal amount, BigDecimal threshold, boolean actorIsAdmin) {
        return !actorIsAdmin && amount.compareTo(threshold) > 0;
    }
}
