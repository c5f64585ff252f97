package org.rcm.platform.events.gateway;

import org.rcm.platform.events.EventType;
import org.rcm.platform.events.Topics;

/** Events produced by clearinghouse-gateway from inbound X12. */
public final class GatewayEvents {
    public static final EventType<RemittanceReceived> REMITTANCE_RECEIVED = new EventType<>(
            "RemittanceReceived", 1, Topics.REMITTANCE_RECEIVED, "claim", RemittanceReceived.class);

    private GatewayEvents() {
    }
}
