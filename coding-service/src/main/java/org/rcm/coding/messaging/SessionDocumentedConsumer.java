package org.rcm.coding.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.coding.service.CodingService;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** SessionDocumented (from our REST API or an EHR) → codes. */
@ApplicationScoped
public class SessionDocumentedConsumer {
    /** The inbox name of this consumer (the REST path marks its own events as applied under it). */
    public static final String CONSUMER = "coding.session-documented";

    @Inject
    EventProcessor processor;
    @Inject
    CodingService coding;

    @Incoming("session-documented")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process(CONSUMER, records,
                event -> coding.onDocumented(event.payloadAs(CodingEvents.SESSION_DOCUMENTED)));
    }
}
