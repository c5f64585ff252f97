package org.rcm.gateway.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.gateway.service.SubmissionService;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** ClaimSubmitted → queued for the clearinghouse. */
@ApplicationScoped
public class ClaimSubmittedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    SubmissionService submissions;

    @Incoming("claim-submitted")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process("gateway.claim-submitted", records,
                event -> submissions.onClaimSubmitted(event.payloadAs(ClaimEvents.CLAIM_SUBMITTED)));
    }
}
