package org.rcm.claim.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.rcm.claim.domain.ClaimStatus.*;

/**
 * The claim state machine. Rejections (999/277CA) come before adjudication and are fixed and resent; denials come
 * from the 835 and are corrected (a new frequency-7 claim), appealed or written off.
 */
public final class ClaimLifecycle {
    private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT = new EnumMap<>(ClaimStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(SCRUBBED, HELD));
        NEXT.put(HELD, EnumSet.of(SCRUBBED, CLOSED));
        NEXT.put(SCRUBBED, EnumSet.of(READY, HELD));
        NEXT.put(READY, EnumSet.of(SUBMITTED, HELD));
        NEXT.put(SUBMITTED, EnumSet.of(ACKNOWLEDGED, ACCEPTED, REJECTED, PAID, PARTIALLY_PAID, DENIED));
        NEXT.put(ACKNOWLEDGED, EnumSet.of(ACCEPTED, REJECTED, PAID, PARTIALLY_PAID, DENIED));
        NEXT.put(ACCEPTED, EnumSet.of(PAID, PARTIALLY_PAID, DENIED));
        NEXT.put(REJECTED, EnumSet.of(SCRUBBED, HELD, CLOSED, WRITTEN_OFF));
        NEXT.put(PAID, EnumSet.of(ACCEPTED, PARTIALLY_PAID, DENIED, CORRECTED, CLOSED));
        NEXT.put(PARTIALLY_PAID, EnumSet.of(ACCEPTED, PAID, DENIED, CORRECTED, APPEALED, WRITTEN_OFF, CLOSED));
        NEXT.put(DENIED, EnumSet.of(PAID, PARTIALLY_PAID, CORRECTED, APPEALED, WRITTEN_OFF, CLOSED));
        NEXT.put(APPEALED, EnumSet.of(PAID, PARTIALLY_PAID, DENIED, WRITTEN_OFF, CLOSED));
        NEXT.put(CORRECTED, EnumSet.of(CLOSED));
        NEXT.put(WRITTEN_OFF, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(ClaimStatus.class));
    }

    /** States a biller may set by hand (the others follow from scrubbing and from events). */
    public static final Set<ClaimStatus> MANUAL = EnumSet.of(APPEALED, WRITTEN_OFF, CLOSED);

    private ClaimLifecycle() {
    }

    public static boolean allowed(ClaimStatus from, ClaimStatus to) {
        return from == null ? to == DRAFT : NEXT.get(from).contains(to);
    }

    /**
     * A 999 acknowledgment that arrives after the claim already moved past it (the 277CA or the 835 came first:
     * they travel on other topics, whose relative order is not kept). Nothing is wrong; the event has nothing to do.
     */
    public static boolean superseded(ClaimStatus from, ClaimStatus to) {
        return to == ACKNOWLEDGED && (from == ACCEPTED || from == REJECTED || adjudicated(from));
    }

    public static Set<ClaimStatus> next(ClaimStatus from) {
        return NEXT.get(from);
    }

    /** Adjudicated by a payer (an 835 arrived): patient responsibility is known. */
    public static boolean adjudicated(ClaimStatus s) {
        return s == PAID || s == PARTIALLY_PAID || s == DENIED || s == APPEALED || s == WRITTEN_OFF || s == CLOSED
                || s == CORRECTED;
    }
}
