package org.rcm.platform.events;

import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.denial.DenialEvents;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;

import java.util.List;

/** Every event type, for contract tests, topic creation and documentation (docs/events.md). */
public final class EventCatalog {
    public static final List<EventType<?>> ALL = List.of(
            CodingEvents.SESSION_DOCUMENTED,
            CodingEvents.CODES_ASSIGNED,
            EligibilityEvents.PATIENT_REGISTERED,
            EligibilityEvents.COVERAGE_CHANGED,
            EligibilityEvents.ELIGIBILITY_VERIFIED,
            EligibilityEvents.ELIGIBILITY_PROBLEM,
            EligibilityEvents.AUTHORIZATION_UPDATED,
            ClaimEvents.CLAIM_SUBMITTED,
            ClaimEvents.CLAIM_STATUS_CHANGED,
            ClaimEvents.PAYER_PROFILE_CHANGED,
            GatewayEvents.CLAIM_ACKNOWLEDGED,
            GatewayEvents.CLAIM_ACCEPTED,
            GatewayEvents.CLAIM_REJECTED,
            GatewayEvents.REMITTANCE_ADVICE_RECEIVED,
            GatewayEvents.REMITTANCE_RECEIVED,
            GatewayEvents.BATCH_ACK_OVERDUE,
            GatewayEvents.INBOUND_FILE_REJECTED,
            RemittanceEvents.PAYMENT_POSTED,
            RemittanceEvents.CLAIM_DENIED,
            RemittanceEvents.SECONDARY_CLAIM_REQUESTED,
            DenialEvents.CLAIM_CORRECTION_REQUESTED,
            DenialEvents.DENIAL_RESOLVED);

    private EventCatalog() {
    }
}
