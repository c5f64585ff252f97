package org.rcm.remittance.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Matches the SVC lines of an 835 claim payment to the lines of the submitted claim, strongest evidence first:
 * REF*6R line control number, then code + modifiers + units + date, then the same with modifiers reordered, then
 * with modifiers dropped by the payer, then the original code (SVC06) of a re-coded line, then code alone. Claim
 * lines left over were bundled by the payer into another line (or not reported).
 */
public final class LineMatcher {
    public enum Method { CONTROL_NUMBER, EXACT, MODIFIERS_REORDERED, MODIFIERS_DROPPED, ORIGINAL_CODE, CODE_ONLY,
        UNMATCHED }

    /** {@code claimLineNumber} null when the remit line matches no claim line. */
    public record LineMatch(int remitIndex, Integer claimLineNumber, Method method) {
    }

    public record Result(List<LineMatch> matches, List<Integer> bundledClaimLines) {
        public LineMatch forRemitLine(int i) {
            return matches.get(i);
        }
    }

    private LineMatcher() {
    }

    public static Result match(List<RemitClaim.RemitLine> remit, List<ClaimLineRef> claim) {
        LineMatch[] out = new LineMatch[remit.size()];
        boolean[] used = new boolean[claim.size()];
        pass(remit, claim, out, used, Method.CONTROL_NUMBER, (r, c) -> r.lineControlNumber() != null
                && r.lineControlNumber().equals(c.lineControlNumber()));
        pass(remit, claim, out, used, Method.EXACT, (r, c) -> sameCode(r, c) && r.modifiers().equals(mods(c))
                && sameUnits(r, c) && sameDate(r, c));
        pass(remit, claim, out, used, Method.MODIFIERS_REORDERED, (r, c) -> sameCode(r, c)
                && new HashSet<>(r.modifiers()).equals(new HashSet<>(mods(c))) && sameDate(r, c));
        pass(remit, claim, out, used, Method.MODIFIERS_DROPPED, (r, c) -> sameCode(r, c)
                && mods(c).containsAll(r.modifiers()) && sameDate(r, c));
        pass(remit, claim, out, used, Method.ORIGINAL_CODE, (r, c) -> r.originalCode() != null
                && r.originalCode().equals(c.code()) && sameDate(r, c));
        pass(remit, claim, out, used, Method.CODE_ONLY, LineMatcher::sameCode);
        List<LineMatch> matches = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            matches.add(out[i] != null ? out[i] : new LineMatch(i, null, Method.UNMATCHED));
        }
        List<Integer> bundled = new ArrayList<>();
        for (int k = 0; k < claim.size(); k++) {
            if (!used[k]) {
                bundled.add(claim.get(k).lineNumber());
            }
        }
        return new Result(List.copyOf(matches), List.copyOf(bundled));
    }

    private static void pass(List<RemitClaim.RemitLine> remit, List<ClaimLineRef> claim, LineMatch[] out,
                             boolean[] used, Method method, BiPredicate<RemitClaim.RemitLine, ClaimLineRef> test) {
        for (int i = 0; i < remit.size(); i++) {
            if (out[i] != null) {
                continue;
            }
            for (int k = 0; k < claim.size(); k++) {
                if (!used[k] && test.test(remit.get(i), claim.get(k))) {
                    used[k] = true;
                    out[i] = new LineMatch(i, claim.get(k).lineNumber(), method);
                    break;
                }
            }
        }
    }

    private static List<String> mods(ClaimLineRef c) {
        return c.modifiers() == null ? List.of() : c.modifiers();
    }

    private static boolean sameCode(RemitClaim.RemitLine r, ClaimLineRef c) {
        return Objects.equals(r.code(), c.code());
    }

    private static boolean sameUnits(RemitClaim.RemitLine r, ClaimLineRef c) {
        return r.units() == null || r.units().intValue() == c.units();
    }

    private static boolean sameDate(RemitClaim.RemitLine r, ClaimLineRef c) {
        return r.dateOfService() == null || c.dateOfService() == null || r.dateOfService().equals(c.dateOfService());
    }
}
