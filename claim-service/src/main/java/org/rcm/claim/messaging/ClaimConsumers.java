package org.rcm.claim.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.claim.service.AdjudicationService;
import org.rcm.claim.service.ClaimService;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.denial.DenialEvents;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.messaging.inbox.EventProcessor;

/** Every event claim-service consumes, each through the inbox (exactly-once effect, bounded retries, DLQ). */
@ApplicationScoped
public class ClaimConsumers {
    @Inject
    EventProcessor processor;
    @Inject
    ClaimService claims;
    @Inject
    AdjudicationService adjudication;

    @Incoming("codes-assigned")
    @Blocking
    public void codesAssigned(ConsumerRecords<String, String> records) {
        processor.process("claim.codes-assigned", records,
                e -> claims.onCodesAssigned(e.payloadAs(CodingEvents.CODES_ASSIGNED)));
    }

    @Incoming("patient-registered")
    @Blocking
    public void patientRegistered(ConsumerRecords<String, String> records) {
        processor.process("claim.patient-registered", records,
                e -> adjudication.onPatientRegistered(e.payloadAs(EligibilityEvents.PATIENT_REGISTERED)));
    }

    @Incoming("coverage-changed")
    @Blocking
    public void coverageChanged(ConsumerRecords<String, String> records) {
        processor.process("claim.coverage-changed", records,
                e -> adjudication.onCoverageChanged(e.payloadAs(EligibilityEvents.COVERAGE_CHANGED)));
    }

    @Incoming("authorization-updated")
    @Blocking
    public void authorizationUpdated(ConsumerRecords<String, String> records) {
        processor.process("claim.authorization-updated", records,
                e -> adjudication.onAuthorizationUpdated(e.payloadAs(EligibilityEvents.AUTHORIZATION_UPDATED)));
    }

    @Incoming("claim-acknowledged")
    @Blocking
    public void acknowledged(ConsumerRecords<String, String> records) {
        processor.process("claim.claim-acknowledged", records,
                e -> adjudication.onAcknowledged(e.payloadAs(GatewayEvents.CLAIM_ACKNOWLEDGED)));
    }

    @Incoming("claim-accepted")
    @Blocking
    public void accepted(ConsumerRecords<String, String> records) {
        processor.process("claim.claim-accepted", records,
                e -> adjudication.onAccepted(e.payloadAs(GatewayEvents.CLAIM_ACCEPTED)));
    }

    @Incoming("claim-rejected")
    @Blocking
    public void rejected(ConsumerRecords<String, String> records) {
        processor.process("claim.claim-rejected", records,
                e -> adjudication.onRejected(e.payloadAs(GatewayEvents.CLAIM_REJECTED)));
    }

    @Incoming("remittance-received")
    @Blocking
    public void remittance(ConsumerRecords<String, String> records) {
        processor.process("claim.remittance-received", records,
                e -> adjudication.onRemittance(e.payloadAs(GatewayEvents.REMITTANCE_RECEIVED)));
    }

    @Incoming("payment-posted")
    @Blocking
    public void paymentPosted(ConsumerRecords<String, String> records) {
        processor.process("claim.payment-posted", records,
                e -> adjudication.onPaymentPosted(e.payloadAs(RemittanceEvents.PAYMENT_POSTED)));
    }

    @Incoming("claim-denied")
    @Blocking
    public void denied(ConsumerRecords<String, String> records) {
        processor.process("claim.claim-denied", records,
                e -> adjudication.onDenied(e.payloadAs(RemittanceEvents.CLAIM_DENIED)));
    }

    @Incoming("secondary-claim-requested")
    @Blocking
    public void secondary(ConsumerRecords<String, String> records) {
        processor.process("claim.secondary-claim-requested", records,
                e -> adjudication.onSecondaryRequested(e.payloadAs(RemittanceEvents.SECONDARY_CLAIM_REQUESTED)));
    }

    @Incoming("claim-correction-requested")
    @Blocking
    public void correction(ConsumerRecords<String, String> records) {
        processor.process("claim.claim-correction-requested", records,
                e -> adjudication.onCorrectionRequested(e.payloadAs(DenialEvents.CLAIM_CORRECTION_REQUESTED)));
    }

    @Incoming("denial-resolved")
    @Blocking
    public void denialResolved(ConsumerRecords<String, String> records) {
        processor.process("claim.denial-resolved", records,
                e -> adjudication.onDenialResolved(e.payloadAs(DenialEvents.DENIAL_RESOLVED)));
    }
}
