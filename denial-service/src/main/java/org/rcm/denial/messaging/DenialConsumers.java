package org.rcm.denial.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.denial.service.AnalyticsService;
import org.rcm.denial.service.DenialService;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;
import org.rcm.platform.messaging.inbox.EventRoutes;

/**
 * Every event denial-service consumes, through one channel (one Kafka consumer for all its topics): ClaimDenied →
 * work items; ClaimSubmitted → the claim facts denials are categorised with; claim lifecycle (which also carries the
 * first-pass verdict of the 999/277CA) and payment events → KPI facts. Each topic's deliveries are recorded under the
 * topic's own inbox name.
 */
@ApplicationScoped
public class DenialConsumers {
    @Inject
    EventProcessor processor;
    @Inject
    DenialService denials;
    @Inject
    AnalyticsService analytics;

    /** The channel's topics ({@code mp.messaging.incoming.denial-events.topics} names exactly these). */
    final EventRoutes routes = EventRoutes.builder()
            .on(RemittanceEvents.CLAIM_DENIED, "denial.claim-denied", e -> denials.onClaimDenied(e))
            .on(ClaimEvents.CLAIM_SUBMITTED, "denial.claim-submitted", e -> denials.onClaimSubmitted(e))
            .on(RemittanceEvents.PAYMENT_POSTED, "denial.payment-posted", e -> analytics.onPaymentPosted(e))
            .on(ClaimEvents.CLAIM_STATUS_CHANGED, "denial.claim-status-changed", e -> analytics.onStatusChanged(e))
            .build();

    @Incoming("denial-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process(records, routes);
    }
}
