package org.rcm.eligibility.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.eligibility.service.AuthorizationService;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** CodesAssigned → the session counts against the prior authorization covering it. */
@ApplicationScoped
public class CodesAssignedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    AuthorizationService authorizations;

    @Incoming("codes-assigned")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process("eligibility.codes-assigned", records,
                event -> authorizations.onCodesAssigned(event.payloadAs(CodingEvents.CODES_ASSIGNED)));
    }
}
