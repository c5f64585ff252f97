package org.rcm.platform.x12.model;

import java.math.BigDecimal;
import java.util.List;
import org.rcm.platform.x12.Segment;
import org.rcm.platform.x12.SetContext;

/** Helpers that turn common segments (NM1, N1, N3, N4, CAS, REF) into model records. */
public final class Segments {
    private Segments() {
    }

    public static Party nm1(Segment s) {
        return new Party(s.element(1), s.element(3), s.element(4), s.element(5), s.element(8), s.element(9), null,
                List.of());
    }

    public static Party n1(Segment s) {
        return new Party(s.element(1), s.element(2), null, null, s.element(3), s.element(4), null, List.of());
    }

    public static Address n3(Address a, Segment s) {
        return (a == null ? Address.empty() : a).withStreet(s.element(1), s.element(2));
    }

    public static Address n4(Address a, Segment s) {
        return (a == null ? Address.empty() : a).withCity(s.element(1), s.element(2), s.element(3));
    }

    public static Reference ref(Segment s) {
        return new Reference(s.element(1), s.element(2));
    }

    /** Adds the up to six adjustments of a CAS segment, reporting invalid amounts. */
    public static void cas(SetContext ctx, Segment s, List<Adjustment> out) {
        String group = ctx.required(s, 1);
        for (int k = 0; k < 6; k++) {
            int r = 2 + 3 * k;
            if (s.isBlank(r)) {
                if (k == 0) {
                    ctx.elementError(s, 2, 0, "1", "CAS02 adjustment reason code is required");
                }
                continue;
            }
            BigDecimal amount = ctx.decimal(s, r + 1, true);
            BigDecimal qty = ctx.decimal(s, r + 2, false);
            out.add(new Adjustment(group, s.element(r), amount, qty));
        }
    }

    /** Sum of adjustment amounts (null amounts count as zero). */
    public static BigDecimal total(List<Adjustment> adjustments) {
        BigDecimal t = BigDecimal.ZERO;
        for (Adjustment a : adjustments) {
            if (a.amount() != null) {
                t = t.add(a.amount());
            }
        }
        return t;
    }
}
