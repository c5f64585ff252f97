package org.rcm.platform.events.remittance;

import org.rcm.platform.events.EventType;
import org.rcm.platform.events.Topics;

/** Events produced by remittance-service, keyed by claimId. */
public final class RemittanceEvents {
    public static final String SECONDARY_CLAIM_REQUESTED_TOPIC = "rcm.secondary-claim-requested";

    public static final EventType<PaymentPosted> PAYMENT_POSTED = new EventType<>(
            "PaymentPosted", 1, Topics.PAYMENT_POSTED, "claim", PaymentPosted.class);
    public static final EventType<ClaimDenied> CLAIM_DENIED = new EventType<>(
            "ClaimDenied", 1, Topics.CLAIM_DENIED, "claim", ClaimDenied.class);
    public static final EventType<SecondaryClaimRequested> SECONDARY_CLAIM_REQUESTED = new EventType<>(
            "SecondaryClaimRequested", 1, SECONDARY_CLAIM_REQUESTED_TOPIC, "claim", SecondaryClaimRequested.class);

    private RemittanceEvents() {
    }
}
