package org.rcm.platform.events;

import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;

import java.util.List;

/** Every event type, for contract tests and documentation. */
public final class EventCatalog {
    public static final List<EventType<?>> ALL = List.of(
            CodingEvents.SESSION_DOCUMENTED,
            CodingEvents.CODES_ASSIGNED,
            ClaimEvents.CLAIM_SUBMITTED,
            GatewayEvents.REMITTANCE_RECEIVED,
            RemittanceEvents.PAYMENT_POSTED,
            RemittanceEvents.CLAIM_DENIED);

    private EventCatalog() {
    }
}
