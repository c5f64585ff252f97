package org.rcm.platform.x12.remit;

import java.time.LocalDate;
import java.util.List;

/** PLB: provider id (PLB01), fiscal period date (PLB02) and up to six adjustments. */
public record ProviderAdjustment(String transactionControlNumber, String providerId, LocalDate fiscalPeriodDate,
                                 List<ProviderAdjustmentItem> items) {
}
