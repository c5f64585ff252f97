package org.rcm.eligibility.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.eligibility.service.AuthorizationService;
import org.rcm.eligibility.service.EligibilityService;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;
import org.rcm.platform.messaging.inbox.EventRoutes;

/**
 * Every event eligibility-service consumes, through one channel (one Kafka consumer for all its topics):
 * SessionDocumented → an eligibility check for the date of service; CodesAssigned, ClaimSubmitted and ClaimDenied →
 * sessions counted against (and given back to) prior authorizations. Each topic's deliveries are recorded under the
 * topic's own inbox name.
 */
@ApplicationScoped
public class EligibilityConsumers {
    @Inject
    EventProcessor processor;
    @Inject
    EligibilityService eligibility;
    @Inject
    AuthorizationService authorizations;

    /** The channel's topics ({@code mp.messaging.incoming.eligibility-events.topics} names exactly these). */
    final EventRoutes routes = EventRoutes.builder()
            .on(CodingEvents.SESSION_DOCUMENTED, "eligibility.session-documented",
                    e -> eligibility.onSessionDocumented(e))
            .on(CodingEvents.CODES_ASSIGNED, "eligibility.codes-assigned", e -> authorizations.onCodesAssigned(e))
            .on(ClaimEvents.CLAIM_SUBMITTED, "eligibility.claim-submitted", e -> authorizations.onClaimSubmitted(e))
            .on(RemittanceEvents.CLAIM_DENIED, "eligibility.claim-denied", e -> authorizations.onClaimDenied(e))
            .build();

    @Incoming("eligibility-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process(records, routes);
    }
}
