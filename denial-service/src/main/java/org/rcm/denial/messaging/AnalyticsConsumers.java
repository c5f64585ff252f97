package org.rcm.denial.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.denial.service.AnalyticsService;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** Claim lifecycle, acknowledgement and payment events → KPI facts. */
@ApplicationScoped
public class AnalyticsConsumers {
    @Inject
    EventProcessor processor;
    @Inject
    AnalyticsService analytics;

    @Incoming("payment-posted")
    @Blocking
    public void paymentPosted(ConsumerRecords<String, String> records) {
        processor.process("denial.payment-posted", records,
                e -> analytics.onPaymentPosted(e.payloadAs(RemittanceEvents.PAYMENT_POSTED)));
    }

    @Incoming("claim-status-changed")
    @Blocking
    public void statusChanged(ConsumerRecords<String, String> records) {
        processor.process("denial.claim-status-changed", records,
                e -> analytics.onStatusChanged(e.payloadAs(ClaimEvents.CLAIM_STATUS_CHANGED)));
    }

    @Incoming("claim-acknowledged")
    @Blocking
    public void acknowledged(ConsumerRecords<String, String> records) {
        processor.process("denial.claim-acknowledged", records, e -> {
            var ack = e.payloadAs(GatewayEvents.CLAIM_ACKNOWLEDGED);
            if (!ack.accepted()) {
                analytics.onFirstPass(ack.claimId(), false);
            }
        });
    }

    @Incoming("claim-accepted")
    @Blocking
    public void accepted(ConsumerRecords<String, String> records) {
        processor.process("denial.claim-accepted", records,
                e -> analytics.onFirstPass(e.payloadAs(GatewayEvents.CLAIM_ACCEPTED).claimId(), true));
    }

    @Incoming("claim-rejected")
    @Blocking
    public void rejected(ConsumerRecords<String, String> records) {
        processor.process("denial.claim-rejected", records,
                e -> analytics.onFirstPass(e.payloadAs(GatewayEvents.CLAIM_REJECTED).claimId(), false));
    }
}
