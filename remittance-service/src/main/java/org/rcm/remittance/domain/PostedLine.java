package org.rcm.remittance.domain;

import org.rcm.platform.events.gateway.Adjustment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One posted service line and the claim line it was matched to ({@code claimLineNumber} null when none); a claim
 * line the payer bundled into another line appears with method BUNDLED and no amounts.
 */
public record PostedLine(Integer claimLineNumber, String matchMethod, String code, List<String> modifiers,
                         BigDecimal units, BigDecimal charge, BigDecimal paid, BigDecimal allowed,
                         List<Adjustment> adjustments, List<String> remarkCodes) {

    public static List<PostedLine> of(RemitClaim r, LineMatcher.Result match) {
        List<PostedLine> out = new java.util.ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            RemitClaim.RemitLine l = r.lines().get(i);
            LineMatcher.LineMatch m = match == null ? null : match.forRemitLine(i);
            out.add(new PostedLine(m == null ? null : m.claimLineNumber(),
                    m == null ? "UNMATCHED" : m.method().name(), l.code(), l.modifiers(), l.units(),
                    l.chargeAmount(), l.paidAmount(), l.allowed(), l.adjustments(), l.remarkCodes()));
        }
        if (match != null) {
            match.bundledClaimLines().forEach(n -> out.add(new PostedLine(n, "BUNDLED", null, List.of(), null, null,
                    null, null, List.of(), List.of())));
        }
        return out;
    }
}
