package org.rcm.platform.events.gateway;

import org.rcm.platform.events.EventType;
import org.rcm.platform.events.Topics;

/** Events produced by clearinghouse-gateway from inbound X12. Claim events are keyed by claimId. */
public final class GatewayEvents {
    public static final String CLAIM_ACKNOWLEDGED_TOPIC = "rcm.claim-acknowledged";
    public static final String CLAIM_ACCEPTED_TOPIC = "rcm.claim-accepted";
    public static final String CLAIM_REJECTED_TOPIC = "rcm.claim-rejected";
    public static final String REMITTANCE_ADVICE_TOPIC = "rcm.remittance-advice-received";
    public static final String ALERTS_TOPIC = "rcm.gateway-alerts";

    /** One per 835 claim payment; keyed by the patient control number (CLP01). */
    public static final EventType<RemittanceReceived> REMITTANCE_RECEIVED = new EventType<>(
            "RemittanceReceived", 1, Topics.REMITTANCE_RECEIVED, "claim", RemittanceReceived.class);
    public static final EventType<RemittanceAdviceReceived> REMITTANCE_ADVICE_RECEIVED = new EventType<>(
            "RemittanceAdviceReceived", 1, REMITTANCE_ADVICE_TOPIC, "remittance", RemittanceAdviceReceived.class);
    public static final EventType<ClaimAcknowledged> CLAIM_ACKNOWLEDGED = new EventType<>(
            "ClaimAcknowledged", 1, CLAIM_ACKNOWLEDGED_TOPIC, "claim", ClaimAcknowledged.class);
    public static final EventType<ClaimAccepted> CLAIM_ACCEPTED = new EventType<>(
            "ClaimAccepted", 1, CLAIM_ACCEPTED_TOPIC, "claim", ClaimAccepted.class);
    public static final EventType<ClaimRejected> CLAIM_REJECTED = new EventType<>(
            "ClaimRejected", 1, CLAIM_REJECTED_TOPIC, "claim", ClaimRejected.class);
    public static final EventType<BatchAckOverdue> BATCH_ACK_OVERDUE = new EventType<>(
            "BatchAckOverdue", 1, ALERTS_TOPIC, "batch", BatchAckOverdue.class);
    public static final EventType<InboundFileRejected> INBOUND_FILE_REJECTED = new EventType<>(
            "InboundFileRejected", 1, ALERTS_TOPIC, "file", InboundFileRejected.class);

    private GatewayEvents() {
    }
}
