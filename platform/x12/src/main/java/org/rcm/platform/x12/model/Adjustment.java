package org.rcm.platform.x12.model;

import java.math.BigDecimal;

/** One CAS triplet: group code (CO, PR, OA, PI, CR), reason code, amount and optional quantity. */
public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {
}
