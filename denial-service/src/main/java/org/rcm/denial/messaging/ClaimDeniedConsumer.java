package org.rcm.denial.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.denial.service.DenialService;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** ClaimDenied → a work item; ClaimSubmitted → claim facts for letters, analytics and forecasts. */
@ApplicationScoped
public class ClaimDeniedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    DenialService denials;

    @Incoming("claim-denied")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process("denial.claim-denied", records,
                event -> denials.onClaimDenied(event.payloadAs(RemittanceEvents.CLAIM_DENIED)));
    }

    @Incoming("claim-submitted")
    @Blocking
    public void claimSubmitted(ConsumerRecords<String, String> records) {
        processor.process("denial.claim-submitted", records,
                event -> denials.onClaimSubmitted(event.payloadAs(ClaimEvents.CLAIM_SUBMITTED)));
    }
}
