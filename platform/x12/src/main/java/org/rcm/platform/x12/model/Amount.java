package org.rcm.platform.x12.model;

import java.math.BigDecimal;

/** AMT qualifier and amount. */
public record Amount(String qualifier, BigDecimal amount) {
}
