package org.rcm.remittance.service;

import org.rcm.platform.events.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.eligibility.Coverage;
import org.rcm.platform.events.gateway.RemittanceAdviceReceived;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.events.remittance.SecondaryClaimRequested;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.remittance.domain.ClaimInfo;
import org.rcm.remittance.domain.ClaimLineRef;
import org.rcm.remittance.domain.ClaimRef;
import org.rcm.remittance.domain.CoverageRef;
import org.rcm.remittance.domain.Deposit;
import org.rcm.remittance.domain.Payment;
import org.rcm.remittance.domain.PostedLine;
import org.rcm.remittance.domain.PostingHistory;
import org.rcm.remittance.domain.PostingPlanner;
import org.rcm.remittance.domain.RemitClaim;
import org.rcm.remittance.domain.RemittanceAdvice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Posts each 835 claim payment once (payer + TRN02 + CLP01 + CLP02), line by line, and reports payments, denials
 * and secondary-claim requests through the outbox. Unmatched payments wait for a user's match.
 */
@ApplicationScoped
public class PostingService {
    @Inject
    Outbox outbox;
    @Inject
    TenantContext tenants;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimSubmitted(ClaimSubmitted claim) {
        String tenant = tenants.current();
        ClaimRef ref = ClaimRef.find(tenant, claim.patientControlNumber()).orElse(null);
        boolean isNew = ref == null;
        if (isNew) {
            ref = new ClaimRef();
            ref.tenantId = tenant;
            ref.patientControlNumber = claim.patientControlNumber();
        }
        ref.claimId = claim.claimId();
        ref.payerId = claim.payerId();
        ref.totalCharge = claim.totalCharge();
        ref.patientId = claim.patientId();
        ref.dateOfService = claim.dateOfService();
        ref.responsibility = claim.payer() == null ? null : claim.payer().responsibility();
        ref.lines = claim.lines() == null ? List.of() : claim.lines().stream()
                .map(l -> new ClaimLineRef(l.lineNumber(), l.lineControlNumber(), l.code(),
                        l.modifiers() == null ? List.of() : l.modifiers(), l.units(), l.charge(),
                        l.dateOfService() != null ? l.dateOfService() : claim.dateOfService())).toList();
        if (isNew) {
            ref.persist();
        }
        // a payment that arrived before its claim was known posts now
        for (Payment p : Payment.unmatchedFor(tenant, claim.patientControlNumber())) {
            postMatched(p, ref.info(), "system");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCoverage(String patientId, List<Coverage> coverages) {
        String tenant = tenants.current();
        List<CoverageRef.PayerOrder> orders = coverages == null ? List.of() : coverages.stream()
                .map(c -> new CoverageRef.PayerOrder(c.payerId(), c.order(), c.effectiveFrom(), c.effectiveTo()))
                .toList();
        // PatientRegistered and CoverageChanged come on different channels and may both be first: create the row
        // without a race, then update it under a row lock
        CoverageRef.getEntityManager().createNativeQuery("INSERT INTO coverage_ref (tenant_id, patient_id, coverages)"
                + " VALUES (?1, ?2, '[]'::jsonb) ON CONFLICT DO NOTHING").setParameter(1, tenant)
                .setParameter(2, patientId).executeUpdate();
        CoverageRef ref = CoverageRef.getEntityManager().find(CoverageRef.class, new CoverageRef.Key(tenant, patientId),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ref.coverages = orders;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRemittance(RemittanceReceived r) {
        post(RemitClaim.of(r));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRemittanceAdvice(RemittanceAdviceReceived a) {
        String tenant = tenants.current();
        if (RemittanceAdvice.find(tenant, a.remittanceId()).isPresent()) {
            return;
        }
        RemittanceAdvice ra = new RemittanceAdvice();
        ra.tenantId = tenant;
        ra.remittanceId = a.remittanceId();
        ra.payerId = a.payerId();
        ra.traceNumber = a.traceNumber();
        ra.paymentMethod = a.paymentMethod();
        ra.paymentAmount = a.paymentAmount();
        ra.paymentDate = a.paymentDate();
        ra.claimCount = a.claimCount();
        ra.providerAdjustments = a.providerAdjustments() == null ? List.of() : a.providerAdjustments();
        ra.receivedAt = Instant.now();
        ra.persist();
        Deposit.<Deposit>list("tenantId = ?1 and traceNumber = ?2 and status = 'UNMATCHED'", tenant, a.traceNumber())
                .forEach(d -> d.reconcile(ra));
    }

    /** Plans and executes one claim payment. Returns the payment id, or null for a duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String post(RemitClaim r) {
        String tenant = tenants.current();
        PostingPlanner.Plan plan = PostingPlanner.plan(r, new DbBook(tenant));
        switch (plan.kind()) {
            case DUPLICATE:
                return null;
            case UNMATCHED: {
                Payment p = newPayment(tenant, r);
                p.apply(plan.posting());
                p.status = "UNMATCHED";
                p.lines = PostedLine.of(r, null);
                p.candidates = plan.candidates();
                p.remit = r;
                p.persist();
                PostingHistory.record(tenant, p.id, null, "UNMATCHED", plan.candidates().size() + " candidates",
                        "system");
                return p.id;
            }
            default: {
                Payment p = newPayment(tenant, r);
                execute(p, plan, "system");
                p.persist();
                return p.id;
            }
        }
    }

    /** A user matches an unmatched payment to a claim: it is posted now. */
    @Transactional
    public Payment match(String paymentId, String claimId) {
        String tenant = tenants.current();
        Payment p = Payment.findForTenant(tenant, paymentId).orElseThrow(() -> ApiException.notFound("payment"));
        if (!"UNMATCHED".equals(p.status)) {
            throw ApiException.conflict("the payment is already posted");
        }
        ClaimRef ref = ClaimRef.findByClaimId(tenant, claimId)
                .orElseThrow(() -> ApiException.invalid("claimId", "no submitted claim with this id"));
        postMatched(p, ref.info(), tenants.actor());
        return p;
    }

    private void postMatched(Payment p, ClaimInfo claim, String actor) {
        RemitClaim r = p.remit;
        PostingPlanner.Plan plan = PostingPlanner.planFor(r, claim, new DbBook(p.tenantId));
        p.matchedBy = actor;
        PostingHistory.update("claimId = ?1 where tenantId = ?2 and paymentId = ?3", claim.claimId(), p.tenantId,
                p.id);
        PostingHistory.record(p.tenantId, p.id, claim.claimId(), "MATCHED", "matched to claim", actor);
        execute(p, plan, actor);
        p.candidates = List.of();
    }

    private void execute(Payment p, PostingPlanner.Plan plan, String actor) {
        RemitClaim r = plan.remit();
        ClaimInfo claim = plan.claim();
        p.claimId = claim.claimId();
        p.apply(plan.posting());
        p.lines = PostedLine.of(r, plan.lines());
        p.postedAt = Instant.now();
        if (plan.reversesPaymentId() != null) {
            Payment.<Payment>findByIdOptional(plan.reversesPaymentId()).ifPresent(old -> {
                old.reversedByPaymentId = p.id;
                PostingHistory.record(p.tenantId, old.id, claim.claimId(), "REVERSED",
                        "reversed by ERA " + r.traceNumber(), actor);
            });
            p.reversesPaymentId = plan.reversesPaymentId();
        }
        PostingHistory.record(p.tenantId, p.id, claim.claimId(), "POSTED", p.status + " via ERA " + r.traceNumber(),
                actor);
        var posting = plan.posting();
        outbox.publish(RemittanceEvents.PAYMENT_POSTED, claim.claimId(), new PaymentPosted(claim.claimId(), p.id,
                r.remittanceId(), r.payerId(), posting.status(), r.chargeAmount(), posting.paid(),
                posting.patientResponsibility(), posting.contractual(), posting.deductible(), posting.coinsurance(),
                posting.copay(), r.payerClaimControlNumber()));
        if (posting.hasDenial()) {
            outbox.publish(RemittanceEvents.CLAIM_DENIED, claim.claimId(), new ClaimDenied(claim.claimId(), p.id,
                    r.payerId(), r.payerClaimControlNumber(), r.claimStatusCode(), posting.fullDenial(),
                    r.chargeAmount(), posting.paid(), posting.denied(), posting.denials(), posting.remarkCodes(),
                    posting.deniedLines()));
        }
        if (plan.secondaryRequested()) {
            outbox.publish(RemittanceEvents.SECONDARY_CLAIM_REQUESTED, claim.claimId(),
                    new SecondaryClaimRequested(claim.claimId(), p.id, r.payerId(), r.payerClaimControlNumber(),
                            posting.paid(), r.paymentDate(), r.adjustments(), r.eventLines()));
        }
    }

    private static Payment newPayment(String tenant, RemitClaim r) {
        Payment p = new Payment();
        p.id = Ids.newId();
        p.tenantId = tenant;
        p.dedupeKey = r.dedupeKey();
        p.remittanceId = r.remittanceId();
        p.payerId = r.payerId();
        p.traceNumber = r.traceNumber();
        p.paymentDate = r.paymentDate();
        p.patientControlNumber = r.patientControlNumber();
        p.claimStatusCode = r.claimStatusCode();
        p.chargeAmount = r.chargeAmount();
        p.payerClaimControlNumber = r.payerClaimControlNumber();
        p.candidates = List.of();
        p.postedAt = Instant.now();
        return p;
    }

    /** The planner's view of this tenant's books. */
    record DbBook(String tenant) implements PostingPlanner.Book {
        @Override
        public boolean alreadyPosted(String dedupeKey) {
            return Payment.alreadyPosted(tenant, dedupeKey);
        }

        @Override
        public Optional<ClaimInfo> claimByPcn(String pcn) {
            return ClaimRef.find(tenant, pcn).map(ClaimRef::info);
        }

        @Override
        public Optional<String> latestActivePosting(String claimId, String payerId) {
            return Payment.latestActive(tenant, claimId, payerId).map(p -> p.id);
        }

        @Override
        public List<ClaimInfo> candidatePool(RemitClaim r) {
            String prefix = r.patientControlNumber() == null || r.patientControlNumber().length() < 4 ? ""
                    : r.patientControlNumber().substring(0, r.patientControlNumber().length() - 2);
            return ClaimRef.<ClaimRef>find("tenantId = ?1 and (totalCharge = ?2 or patientControlNumber like ?3)",
                    tenant, r.chargeAmount(), prefix + "%").page(0, 200).list().stream().map(ClaimRef::info)
                    .toList();
        }

        @Override
        public boolean hasSecondaryCoverage(String patientId, String primaryPayerId, LocalDate on) {
            return CoverageRef.find(tenant, patientId)
                    .map(c -> CoverageRef.hasSecondary(c.coverages, primaryPayerId, on)).orElse(false);
        }
    }
}
