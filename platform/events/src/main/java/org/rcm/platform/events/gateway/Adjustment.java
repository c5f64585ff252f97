package org.rcm.platform.events.gateway;

import java.math.BigDecimal;

/** One CAS adjustment: group CO/PR/OI/PI, a CARC reason code, amount (may be negative) and quantity. */
public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {
}
