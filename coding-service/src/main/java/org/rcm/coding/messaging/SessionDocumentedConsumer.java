package org.rcm.coding.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.coding.service.CodingService;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** SessionDocumented (from our REST API or an EHR) → codes. */
@ApplicationScoped
public class SessionDocumentedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    CodingService coding;

    @Incoming("session-documented")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        processor.process("coding.session-documented", record,
                event -> coding.onDocumented(event.payloadAs(CodingEvents.SESSION_DOCUMENTED)));
    }
}
