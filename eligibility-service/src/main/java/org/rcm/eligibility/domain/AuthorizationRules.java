package org.rcm.eligibility.domain;

import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.remittance.ClaimDenied;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Prior-authorization rules: status, alerts, which authorization a session uses, no-auth denials. Plain Java. */
public final class AuthorizationRules {
    /** CARC reasons meaning "no (valid) authorization": the session did not consume the authorization. */
    public static final Set<String> NO_AUTH_CARCS = Set.of("197", "15");

    private AuthorizationRules() {
    }

    public static String status(boolean cancelled, int authorized, int used, LocalDate end, LocalDate today) {
        if (cancelled) {
            return "CANCELLED";
        }
        if (today.isAfter(end)) {
            return "EXPIRED";
        }
        return used >= authorized ? "EXHAUSTED" : "ACTIVE";
    }

    /**
     * Alerts for the front desk: few sessions left, end date near, concurrent review due (or overdue).
     */
    public static List<String> alerts(String status, int authorized, int used, LocalDate end, LocalDate reviewDue,
                                      int sessionsBefore, int daysBefore, LocalDate today) {
        List<String> out = new ArrayList<>();
        if (!"ACTIVE".equals(status) && !"EXHAUSTED".equals(status)) {
            return out;
        }
        int remaining = authorized - used;
        if (remaining <= 0) {
            out.add("EXHAUSTED");
        } else if (remaining <= sessionsBefore) {
            out.add("SESSIONS_LOW");
        }
        if (ChronoUnit.DAYS.between(today, end) <= daysBefore) {
            out.add("ENDS_SOON");
        }
        if (reviewDue != null) {
            if (reviewDue.isBefore(today)) {
                out.add("REVIEW_OVERDUE");
            } else if (ChronoUnit.DAYS.between(today, reviewDue) <= daysBefore) {
                out.add("REVIEW_DUE");
            }
        }
        return out;
    }

    /** An authorization applies when the date is in its range and it lists one of the codes (or lists none). */
    public static boolean applies(List<String> authCodes, LocalDate start, LocalDate end, boolean cancelled,
                                  LocalDate dos, Collection<String> codes) {
        return !cancelled && !dos.isBefore(start) && !dos.isAfter(end)
                && (authCodes.isEmpty() || codes.stream().anyMatch(authCodes::contains));
    }

    /** Of the applicable authorizations, one with sessions left ending first; else the latest (overuse shows). */
    public static <A> Optional<A> pick(List<A> applicable, java.util.function.ToIntFunction<A> remaining,
                                       java.util.function.Function<A, LocalDate> end) {
        Optional<A> open = applicable.stream().filter(a -> remaining.applyAsInt(a) > 0).min(Comparator.comparing(end));
        return open.isPresent() ? open : applicable.stream().max(Comparator.comparing(end));
    }

    /** True when the denial, at claim or line level, carries CARC 197 or 15 (authorization absent/invalid). */
    public static boolean deniedForNoAuthorization(ClaimDenied d) {
        List<Adjustment> all = new ArrayList<>(d.adjustments() == null ? List.of() : d.adjustments());
        if (d.lines() != null) {
            d.lines().forEach(l -> all.addAll(l.adjustments() == null ? List.of() : l.adjustments()));
        }
        return all.stream().anyMatch(a -> NO_AUTH_CARCS.contains(a.reason()));
    }
}
