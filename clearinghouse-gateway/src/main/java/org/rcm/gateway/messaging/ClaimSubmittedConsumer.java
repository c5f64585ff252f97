package org.rcm.gateway.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.gateway.service.SubmissionService;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;
import org.rcm.platform.messaging.inbox.EventRoutes;

import java.util.LinkedHashSet;
import java.util.Set;

/** ClaimSubmitted → queued for the clearinghouse. */
@ApplicationScoped
public class ClaimSubmittedConsumer {
    @Inject
    EventProcessor processor;
    @Inject
    SubmissionService submissions;

    /**
     * A poll's claims are looked up in one query (the events are keyed by claim id) and its new submissions inserted
     * together at the end of the batch, instead of a lookup and an insert per claim.
     */
    final EventRoutes routes = EventRoutes.builder()
            .onPreloaded(ClaimEvents.CLAIM_SUBMITTED, "gateway.claim-submitted", c -> submissions.onClaimSubmitted(c))
            .prefetch(events -> {
                Set<String> claimIds = new LinkedHashSet<>();
                events.forEach(e -> claimIds.add(e.aggregateId()));
                submissions.preload(claimIds);
            })
            .build();

    @Incoming("claim-submitted")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process(records, routes);
    }
}
