package org.rcm.platform.events.claim;

import org.rcm.platform.events.EventType;
import org.rcm.platform.events.Topics;

/** Events produced by claim-service. */
public final class ClaimEvents {
    public static final EventType<ClaimSubmitted> CLAIM_SUBMITTED = new EventType<>(
            "ClaimSubmitted", 1, Topics.CLAIM_SUBMITTED, "claim", ClaimSubmitted.class);

    private ClaimEvents() {
    }
}
