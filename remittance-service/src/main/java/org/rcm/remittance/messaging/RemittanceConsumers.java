package org.rcm.remittance.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;
import org.rcm.remittance.service.PostingService;

/**
 * ClaimSubmitted → a claim we expect payment for; CoverageChanged / PatientRegistered → the patient's payers;
 * RemittanceAdviceReceived → the ERA header and PLB; RemittanceReceived → a posting.
 */
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

    @Incoming("coverage-changed")
    @Blocking
    public void coverageChanged(ConsumerRecord<String, String> record) {
        processor.process("remittance.coverage-changed", record, event -> {
            var c = event.payloadAs(EligibilityEvents.COVERAGE_CHANGED);
            posting.onCoverage(c.patientId(), c.coverages());
        });
    }

    @Incoming("patient-registered")
    @Blocking
    public void patientRegistered(ConsumerRecord<String, String> record) {
        processor.process("remittance.patient-registered", record, event -> {
            var p = event.payloadAs(EligibilityEvents.PATIENT_REGISTERED);
            posting.onCoverage(p.patientId(), p.coverages());
        });
    }

    @Incoming("remittance-advice")
    @Blocking
    public void remittanceAdvice(ConsumerRecord<String, String> record) {
        processor.process("remittance.remittance-advice", record,
                event -> posting.onRemittanceAdvice(event.payloadAs(GatewayEvents.REMITTANCE_ADVICE_RECEIVED)));
    }

    @Incoming("remittance-received")
    @Blocking
    public void remittanceReceived(ConsumerRecord<String, String> record) {
        processor.process("remittance.remittance-received", record,
                event -> posting.onRemittance(event.payloadAs(GatewayEvents.REMITTANCE_RECEIVED)));
    }
}
