package org.rcm.eligibility.benefits;

import java.time.Duration;
import java.time.Instant;

/** Exponential backoff for "try later" answers: base × 2^(attempt−1), capped, at most {@code maxAttempts}. */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    /** When retry number {@code retry} (1-based) is due, or null when no retry is left. */
    public Instant nextAttempt(Instant now, int retry) {
        if (retry > maxAttempts) {
            return null;
        }
        long millis = base.toMillis() * (1L << Math.min(retry - 1, 20));
        return now.plusMillis(Math.min(millis, max.toMillis()));
    }
}
