package org.rcm.platform.x12.model;

import java.math.BigDecimal;

/** QTY qualifier and quantity. */
public record Quantity(String qualifier, BigDecimal quantity) {
}
