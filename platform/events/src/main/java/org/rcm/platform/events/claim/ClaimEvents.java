package org.rcm.platform.events.claim;

import org.rcm.platform.events.EventType;
import org.rcm.platform.events.Topics;

/** Events produced by claim-service. */
public final class ClaimEvents {
    public static final String CLAIM_STATUS_CHANGED_TOPIC = "rcm.claim-status-changed";
    public static final String PAYER_PROFILE_CHANGED_TOPIC = "rcm.payer-profile-changed";

    public static final EventType<ClaimSubmitted> CLAIM_SUBMITTED = new EventType<>(
            "ClaimSubmitted", 1, Topics.CLAIM_SUBMITTED, "claim", ClaimSubmitted.class);
    public static final EventType<ClaimStatusChanged> CLAIM_STATUS_CHANGED = new EventType<>(
            "ClaimStatusChanged", 1, CLAIM_STATUS_CHANGED_TOPIC, "claim", ClaimStatusChanged.class);
    public static final EventType<PayerProfileChanged> PAYER_PROFILE_CHANGED = new EventType<>(
            "PayerProfileChanged", 1, PAYER_PROFILE_CHANGED_TOPIC, "payer", PayerProfileChanged.class);

    private ClaimEvents() {
    }
}
