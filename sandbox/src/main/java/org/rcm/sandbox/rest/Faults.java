package org.rcm.sandbox.rest;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/** Scripted transport faults of the REST X12 API (for fault tests and demos). */
@ApplicationScoped
public class Faults {
    /** Process the submission, then answer 503 as if the answer was lost: the sender cannot know it arrived. */
    final AtomicInteger acceptThenFail = new AtomicInteger();
    /** Answer 503 without processing. */
    final AtomicInteger unavailable = new AtomicInteger();

    static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
