package org.rcm.eligibility.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.eligibility.service.AuthorizationService;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** ClaimSubmitted → remember which session the claim bills (for later denials). */
@ApplicationScoped
public class ClaimSubmittedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    AuthorizationService authorizations;

    @Incoming("claim-submitted")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process("eligibility.claim-submitted", records,
                event -> authorizations.onClaimSubmitted(event.payloadAs(ClaimEvents.CLAIM_SUBMITTED)));
    }
}
