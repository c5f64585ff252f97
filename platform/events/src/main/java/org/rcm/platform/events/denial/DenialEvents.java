package org.rcm.platform.events.denial;

import org.rcm.platform.events.EventType;

/** Events produced by denial-service, keyed by claimId. */
public final class DenialEvents {
    public static final String CLAIM_CORRECTION_REQUESTED_TOPIC = "rcm.claim-correction-requested";
    public static final String DENIAL_RESOLVED_TOPIC = "rcm.denial-resolved";

    public static final EventType<ClaimCorrectionRequested> CLAIM_CORRECTION_REQUESTED = new EventType<>(
            "ClaimCorrectionRequested", 1, CLAIM_CORRECTION_REQUESTED_TOPIC, "claim",
            ClaimCorrectionRequested.class);
    public static final EventType<DenialResolved> DENIAL_RESOLVED = new EventType<>(
            "DenialResolved", 1, DENIAL_RESOLVED_TOPIC, "claim", DenialResolved.class);

    private DenialEvents() {
    }
}
