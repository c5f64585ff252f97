package org.rcm.remittance.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
    public void claimSubmitted(ConsumerRecords<String, String> records) {
        processor.process("remittance.claim-submitted", records,
                event -> posting.onClaimSubmitted(event.payloadAs(ClaimEvents.CLAIM_SUBMITTED)));
    }

    @Incoming("coverage-changed")
    @Blocking
    public void coverageChanged(ConsumerRecords<String, String> records) {
        processor.process("remittance.coverage-changed", records, event -> {
            var c = event.payloadAs(EligibilityEvents.COVERAGE_CHANGED);
            posting.onCoverage(c.patientId(), c.coverages());
        });
    }

    @Incoming("patient-registered")
    @Blocking
    public void patientRegistered(ConsumerRecords<String, String> records) {
        processor.process("remittance.patient-registered", records, event -> {
            var p = event.payloadAs(EligibilityEvents.PATIENT_REGISTERED);
            posting.onCoverage(p.patientId(), p.coverages());
        });
    }

    @Incoming("remittance-advice")
    @Blocking
    public void remittanceAdvice(ConsumerRecords<String, String> records) {
        processor.process("remittance.remittance-advice", records,
                event -> posting.onRemittanceAdvice(event.payloadAs(GatewayEvents.REMITTANCE_ADVICE_RECEIVED)));
    }

    @Incoming("remittance-received")
    @Blocking
    public void remittanceReceived(ConsumerRecords<String, String> records) {
        processor.process("remittance.remittance-received", records,
                event -> posting.onRemittance(event.payloadAs(GatewayEvents.REMITTANCE_RECEIVED)));
    }
}
