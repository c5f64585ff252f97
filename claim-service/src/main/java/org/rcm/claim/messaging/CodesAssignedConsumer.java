package org.rcm.claim.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.claim.service.ClaimService;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** CodesAssigned → a claim, scrubbed and submitted. */
@ApplicationScoped
public class CodesAssignedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    ClaimService claims;

    @Incoming("codes-assigned")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        processor.process("claim.codes-assigned", record,
                event -> claims.onCodesAssigned(event.payloadAs(CodingEvents.CODES_ASSIGNED)));
    }
}
