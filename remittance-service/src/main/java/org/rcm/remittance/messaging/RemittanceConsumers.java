package org.rcm.remittance.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;
import org.rcm.platform.messaging.inbox.EventRoutes;
import org.rcm.remittance.service.PostingService;

/**
 * Every event remittance-service consumes, through one channel (one Kafka consumer for all its topics):
 * ClaimSubmitted → a claim we expect payment for; CoverageChanged / PatientRegistered → the patient's payers;
 * RemittanceAdviceReceived → the ERA header and PLB; RemittanceReceived → a posting. Each topic's deliveries are
 * recorded under the topic's own inbox name.
 */
@ApplicationScoped
public class RemittanceConsumers {
    @Inject
    EventProcessor processor;
    @Inject
    PostingService posting;

    /** The channel's topics ({@code mp.messaging.incoming.remittance-events.topics} names exactly these). */
    final EventRoutes routes = EventRoutes.builder()
            .on(ClaimEvents.CLAIM_SUBMITTED, "remittance.claim-submitted", e -> posting.onClaimSubmitted(e))
            .on(EligibilityEvents.COVERAGE_CHANGED, "remittance.coverage-changed",
                    c -> posting.onCoverage(c.patientId(), c.coverages()))
            .on(EligibilityEvents.PATIENT_REGISTERED, "remittance.patient-registered",
                    p -> posting.onCoverage(p.patientId(), p.coverages()))
            .on(GatewayEvents.REMITTANCE_ADVICE_RECEIVED, "remittance.remittance-advice",
                    e -> posting.onRemittanceAdvice(e))
            .on(GatewayEvents.REMITTANCE_RECEIVED, "remittance.remittance-received", e -> posting.onRemittance(e))
            .build();

    @Incoming("remittance-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process(records, routes);
    }
}
