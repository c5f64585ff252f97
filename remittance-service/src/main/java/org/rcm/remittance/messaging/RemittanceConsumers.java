package org.rcm.remittance.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;
import org.rcm.remittance.service.PostingService;

/** ClaimSubmitted → a claim we expect payment for; RemittanceReceived → a posting. */
@ApplicationScoped
public class RemittanceConsumers {
    @Inject
    EventProcessor processor;
    @Inject
    PostingService posting;

    @Incoming("claim-submitted")
    @Blocking
    public void claimSubmitted(ConsumerRecord<String, String> record) {
        processor.process("remittance.claim-submitted", record,
                event -> posting.onClaimSubmitted(event.payloadAs(ClaimEvents.CLAIM_SUBMITTED)));
    }

    @Incoming("remittance-received")
    @Blocking
    public void remittanceReceived(ConsumerRecord<String, String> record) {
        processor.process("remittance.remittance-received", record,
                event -> posting.onRemittance(event.payloadAs(GatewayEvents.REMITTANCE_RECEIVED)));
    }
}
