package org.rcm.eligibility.benefits;

import java.util.List;

/**
 * The behavioral service-type order, one EQ per 270: mental health, then the psychotherapy/psychiatric codes,
 * then professional visit (98), then general plan coverage (30).
 */
public final class ServiceTypeFallback {
    public static final List<String> ORDER = List.of("MH", "CF", "A6", "A7", "A8", "98", "30");

    private ServiceTypeFallback() {
    }

    /** The service type after {@code current}, or null when the fallback is exhausted. */
    public static String next(String current) {
        int i = ORDER.indexOf(current);
        return i < 0 || i + 1 >= ORDER.size() ? null : ORDER.get(i + 1);
    }

    public static String first() {
        return ORDER.get(0);
    }
}
