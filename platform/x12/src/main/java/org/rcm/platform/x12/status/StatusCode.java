package org.rcm.platform.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One health care claim status composite of an STC segment (STC01, STC10 or STC11), with the
 * segment's shared date, action and amount.
 *
 * @param category      claim status category code (A1 acknowledged, A2 accepted, A3/A6/A7 rejected...)
 * @param status        claim status code
 * @param entity        entity identifier code, or null (85 billing provider, IL subscriber, QC patient...)
 * @param effectiveDate STC02
 * @param actionCode    STC03 (WQ accepted, U rejected) or null
 * @param chargeAmount  STC04 or null
 * @param message       STC12 free-form text or null
 */
public record StatusCode(String category, String status, String entity, LocalDate effectiveDate, String actionCode,
                         BigDecimal chargeAmount, String message) {

    /** True for the rejection categories A3, A4, A6, A7, A8 and the E categories. */
    public boolean isRejection() {
        return category != null && (category.equals("A3") || category.equals("A4") || category.equals("A6")
                || category.equals("A7") || category.equals("A8") || category.startsWith("E"));
    }
}
