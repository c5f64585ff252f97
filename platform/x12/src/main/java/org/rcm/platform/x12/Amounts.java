package org.rcm.platform.x12;

import java.math.BigDecimal;

/** Formatting of X12 decimal (R) values. */
public final class Amounts {
    private Amounts() {
    }

    /** Plain text without exponent and without trailing zeros: 12.50 → "12.5", 100.00 → "100". */
    public static String format(BigDecimal v) {
        return canonical(v).toPlainString();
    }

    /** The value as a reader gives it back after {@link #format}: trailing zeros removed, scale ≥ 0. */
    public static BigDecimal canonical(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
