package org.rcm.remittance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.remittance.domain.ClaimRef;
import org.rcm.remittance.domain.Payment;
import org.rcm.remittance.domain.Posting;
import org.rcm.remittance.domain.PostingRules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Posts each 835 claim payment once (payer + TRN02 + CLP01), and reports payments and denials. */
@ApplicationScoped
public class PostingService {
    @Inject
    Outbox outbox;
    @Inject
    TenantContext tenants;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimSubmitted(ClaimSubmitted claim) {
        String tenant = tenants.current();
        if (ClaimRef.find(tenant, claim.patientControlNumber()).isPresent()) {
            return;
        }
        ClaimRef ref = new ClaimRef();
        ref.tenantId = tenant;
        ref.patientControlNumber = claim.patientControlNumber();
        ref.claimId = claim.claimId();
        ref.payerId = claim.payerId();
        ref.totalCharge = claim.totalCharge();
        ref.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRemittance(RemittanceReceived r) {
        String tenant = tenants.current();
        if (Payment.alreadyPosted(tenant, r.payerId(), r.traceNumber(), r.patientControlNumber(),
                r.claimStatusCode())) {
            return;
        }
        Posting posting = PostingRules.post(r);
        Payment p = new Payment();
        p.id = UUID.randomUUID().toString();
        p.tenantId = tenant;
        p.remittanceId = r.remittanceId();
        p.payerId = r.payerId();
        p.traceNumber = r.traceNumber();
        p.patientControlNumber = r.patientControlNumber();
        p.claimStatusCode = r.claimStatusCode();
        p.claimId = ClaimRef.find(tenant, r.patientControlNumber()).map(c -> c.claimId).orElse(null);
        p.status = p.claimId == null ? "UNMATCHED" : posting.status();
        p.chargeAmount = r.chargeAmount();
        p.paidAmount = posting.paid();
        p.patientResponsibility = posting.patientResponsibility();
        p.contractualAdjustment = posting.contractual();
        p.deniedAmount = posting.denied();
        p.payerClaimControlNumber = r.payerClaimControlNumber();
        p.adjustments = posting.adjustments();
        p.postedAt = Instant.now();
        p.persist();
        if (p.claimId == null) {
            return;
        }
        outbox.publish(RemittanceEvents.PAYMENT_POSTED, p.claimId, new PaymentPosted(p.claimId, p.id,
                r.remittanceId(), r.payerId(), posting.status(), r.chargeAmount(), posting.paid(),
                posting.patientResponsibility(), posting.contractual()));
        if (posting.denied().signum() > 0 && !"REVERSED".equals(posting.status())) {
            outbox.publish(RemittanceEvents.CLAIM_DENIED, p.claimId, new ClaimDenied(p.claimId, p.id, r.payerId(),
                    r.payerClaimControlNumber(), r.claimStatusCode(), "DENIED".equals(posting.status()),
                    r.chargeAmount(), posting.paid(), posting.denied(), posting.denials(),
                    r.remarkCodes() == null ? List.of() : r.remarkCodes(), List.of()));
        }
    }
}
