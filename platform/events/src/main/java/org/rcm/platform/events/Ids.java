package org.rcm.platform.events;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New identifiers for events and rows: time-ordered UUIDs (version 7, RFC 9562). The first 48 bits are the Unix time
 * in milliseconds, so ids made close in time sort next to each other. An index on them grows at its right edge
 * instead of at a random leaf per insert: inbox keys, claim, submission and payment ids each touch a few recent
 * index pages instead of pages spread over the whole index (in the pipeline benchmark a fifth to a third of the
 * index blocks read from the OS per session), and the rows a stage is working on are the recently created ones. Within one JVM the ids
 * are strictly increasing: the 12 bits after the version count up within a millisecond (RFC 9562 §6.2, method 1)
 * and borrow from the next millisecond when more than 4096 are made in one. The last 62 bits are random.
 * <p>
 * An id says when it was made to the millisecond; none of the ids made here is a secret (access is decided by the
 * verified token's tenant, never by knowing an id).
 */
public final class Ids {
    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {
    }

    /** A new version 7 UUID. */
    public static UUID newUuid() {
        long stamp = next(System.currentTimeMillis());
        long millis = stamp >>> 12;
        long counter = stamp & 0xFFF;
        long msb = (millis << 16) | 0x7000L | counter;
        long lsb = (ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** {@link #newUuid()} in its 36-character text form, for the tables that key rows by text. */
    public static String newId() {
        return newUuid().toString();
    }

    /** The millisecond a version 7 id was made in (for tests and diagnostics). */
    public static long millisOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID");
        }
        return id.getMostSignificantBits() >>> 16;
    }

    private static long next(long nowMillis) {
        long candidate = nowMillis << 12;
        while (true) {
            long last = LAST.get();
            long next = Math.max(candidate, last + 1);
            if (LAST.compareAndSet(last, next)) {
                return next;
            }
        }
    }
}
