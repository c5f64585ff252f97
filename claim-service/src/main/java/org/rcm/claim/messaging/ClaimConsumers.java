package org.rcm.claim.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.claim.service.AdjudicationService;
import org.rcm.claim.service.ClaimService;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.denial.DenialEvents;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;
import org.rcm.platform.messaging.inbox.EventRoutes;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every event claim-service consumes, through one channel (one Kafka consumer for all its topics) and the inbox
 * (exactly-once effect, bounded retries, DLQ). A poll's records of every topic are applied in one transaction per
 * tenant; each topic's deliveries are recorded under the topic's own inbox name.
 */
@ApplicationScoped
public class ClaimConsumers {
    @Inject
    EventProcessor processor;
    @Inject
    ClaimService claims;
    @Inject
    AdjudicationService adjudication;

    /** The channel's topics ({@code mp.messaging.incoming.claim-events.topics} names exactly these). */
    final EventRoutes routes = EventRoutes.builder()
            .on(CodingEvents.CODES_ASSIGNED, "claim.codes-assigned", e -> claims.onCodesAssigned(e))
            .on(EligibilityEvents.PATIENT_REGISTERED, "claim.patient-registered",
                    e -> adjudication.onPatientRegistered(e))
            .on(EligibilityEvents.COVERAGE_CHANGED, "claim.coverage-changed", e -> adjudication.onCoverageChanged(e))
            .on(EligibilityEvents.AUTHORIZATION_UPDATED, "claim.authorization-updated",
                    e -> adjudication.onAuthorizationUpdated(e))
            .onPreloaded(GatewayEvents.CLAIM_ACKNOWLEDGED, "claim.claim-acknowledged",
                    e -> adjudication.onAcknowledged(e))
            .onPreloaded(GatewayEvents.CLAIM_ACCEPTED, "claim.claim-accepted", e -> adjudication.onAccepted(e))
            .onPreloaded(GatewayEvents.CLAIM_REJECTED, "claim.claim-rejected", e -> adjudication.onRejected(e))
            .onPreloaded(RemittanceEvents.PAYMENT_POSTED, "claim.payment-posted", e -> adjudication.onPaymentPosted(e))
            .onPreloaded(RemittanceEvents.CLAIM_DENIED, "claim.claim-denied", e -> adjudication.onDenied(e))
            .onPreloaded(RemittanceEvents.SECONDARY_CLAIM_REQUESTED, "claim.secondary-claim-requested",
                    e -> adjudication.onSecondaryRequested(e))
            .onPreloaded(DenialEvents.CLAIM_CORRECTION_REQUESTED, "claim.claim-correction-requested",
                    e -> adjudication.onCorrectionRequested(e))
            .onPreloaded(DenialEvents.DENIAL_RESOLVED, "claim.denial-resolved", e -> adjudication.onDenialResolved(e))
            // a poll's 999/277CA/payment/denial events (keyed by claim id) load their claims in one query, and the
            // claims' moves go out in one JDBC batch at the end instead of a select, an update and an insert per event
            .prefetch(events -> {
                Set<String> claimIds = new LinkedHashSet<>();
                events.forEach(e -> claimIds.add(e.aggregateId()));
                adjudication.preload(claimIds);
            })
            .build();

    @Incoming("claim-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process(records, routes);
    }
}
