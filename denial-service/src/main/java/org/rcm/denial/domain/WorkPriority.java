package org.rcm.denial.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Deadline and priority of a denial. The deadline is the payer's appeal window from the denial date (for a timely
 * filing denial the filing limit from the date of service, when earlier). Priority = denied amount × urgency, where
 * urgency grows as the deadline nears (×1 at 90+ days, ×4 within a week, ×0.1 once past: little left to gain).
 */
public final class WorkPriority {
    private WorkPriority() {
    }

    public static LocalDate deadline(LocalDate denialDate, int appealWindowDays, DenialCategory category,
                                     LocalDate dateOfService, int timelyFilingDays) {
        LocalDate appeal = denialDate.plusDays(appealWindowDays);
        if (category == DenialCategory.TIMELY_FILING && dateOfService != null) {
            LocalDate filing = dateOfService.plusDays(timelyFilingDays);
            return filing.isBefore(appeal) ? filing : appeal;
        }
        return appeal;
    }

    public static BigDecimal priority(BigDecimal amount, LocalDate deadline, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        double urgency;
        if (days < 0) {
            urgency = 0.1;
        } else if (days <= 7) {
            urgency = 4;
        } else if (days <= 30) {
            urgency = 2;
        } else if (days <= 90) {
            urgency = 1.5;
        } else {
            urgency = 1;
        }
        return amount.multiply(BigDecimal.valueOf(urgency)).setScale(2, RoundingMode.HALF_UP);
    }
}
