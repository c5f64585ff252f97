package org.rcm.eligibility.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.eligibility.service.AuthorizationService;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** ClaimDenied with CARC 197/15 (no authorization) → the session goes back to the authorization's count. */
@ApplicationScoped
public class ClaimDeniedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    AuthorizationService authorizations;

    @Incoming("claim-denied")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process("eligibility.claim-denied", records,
                event -> authorizations.onClaimDenied(event.payloadAs(RemittanceEvents.CLAIM_DENIED)));
    }
}
