package org.rcm.platform.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Loop 2220D: status of one service line (SVC, STC, REF*FJ, DTP*472). */
public record ServiceLineStatus(String procedureQualifier, String procedureCode, List<String> modifiers,
                                BigDecimal chargeAmount, BigDecimal paidAmount, List<StatusCode> statuses,
                                String lineItemControlNumber, LocalDate serviceDate, LocalDate serviceDateEnd) {
}
