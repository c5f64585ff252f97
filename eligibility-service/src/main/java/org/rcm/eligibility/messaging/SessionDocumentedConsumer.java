package org.rcm.eligibility.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.eligibility.service.EligibilityService;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** SessionDocumented → a coverage check for the session's patient and payer. */
@ApplicationScoped
public class SessionDocumentedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    EligibilityService eligibility;

    @Incoming("session-documented")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process("eligibility.session-documented", records,
                event -> eligibility.onSessionDocumented(event.payloadAs(CodingEvents.SESSION_DOCUMENTED)));
    }
}
