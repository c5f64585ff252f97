package org.rcm.platform.x12.remit;

import java.math.BigDecimal;

/** One PLB adjustment: reason (PLB03-1: WO, L6, FB, CV, 72...), reference (PLB03-2) and amount (positive reduces the payment). */
public record ProviderAdjustmentItem(String reasonCode, String referenceId, BigDecimal amount) {
}
