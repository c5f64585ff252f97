package org.rcm.claim.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.rcm.claim.domain.Claim;
import org.rcm.claim.domain.ClaimLifecycle;
import org.rcm.claim.domain.ClaimStatus;
import org.rcm.claim.domain.PatientRecord;
import org.rcm.claim.domain.PriorAuthorization;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.denial.ClaimCorrectionRequested;
import org.rcm.platform.events.denial.DenialResolved;
import org.rcm.platform.events.eligibility.AuthorizationUpdated;
import org.rcm.platform.events.eligibility.CoverageChanged;
import org.rcm.platform.events.eligibility.PatientRegistered;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.ClaimAccepted;
import org.rcm.platform.events.gateway.ClaimAcknowledged;
import org.rcm.platform.events.gateway.ClaimRejected;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.events.remittance.SecondaryClaimRequested;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What happens to claims after they leave: acknowledgements, acceptance, rejection, payment, denial, corrections,
 * secondary claims; and the eligibility facts claim-service keeps its own copy of. All handlers run inside the
 * inbox transaction of {@code EventProcessor}.
 */
@ApplicationScoped
public class AdjudicationService {
    private static final Logger LOG = Logger.getLogger(AdjudicationService.class);

    @Inject
    ClaimService claims;
    @Inject
    BillingSetup setup;
    @Inject
    TenantContext tenants;

    private Claim claim(String claimId) {
        Claim c = claimId == null ? null : Claim.findForTenant(tenants.current(), claimId).orElse(null);
        if (c == null) {
            LOG.warnf("event for unknown claim %s skipped", claimId);
        }
        return c;
    }

    /**
     * Loads the claims a batch of events concerns in one query, so the handlers' lookups by id find them in the
     * persistence context (see {@code EventRoutes.Builder#prefetch}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void preload(Collection<String> claimIds) {
        if (!claimIds.isEmpty()) {
            Claim.list("tenantId = ?1 and id in ?2", tenants.current(), claimIds);
        }
    }

    // --- eligibility copy --------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public void onPatientRegistered(PatientRegistered p) {
        PatientRecord r = upsertPatient(p.patientId());
        r.practiceId = p.practiceId();
        r.demographics = p.demographics();
        if (p.coverages() != null) {
            r.coverages = p.coverages();
        }
        claims.rescrubHeldFor(p.patientId(), "patient registered");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCoverageChanged(CoverageChanged c) {
        PatientRecord r = upsertPatient(c.patientId());
        r.coverages = c.coverages() == null ? List.of() : c.coverages();
        claims.rescrubHeldFor(c.patientId(), "coverage changed");
    }

    /**
     * The patient's row, created if missing without a race (PatientRegistered and CoverageChanged arrive on
     * different channels and may both be first) and locked, so the two channels' updates never overwrite each other.
     */
    private PatientRecord upsertPatient(String patientId) {
        String tenant = tenants.current();
        PatientRecord.getEntityManager().createNativeQuery("INSERT INTO patient (tenant_id, id, coverages, updated_at)"
                        + " VALUES (?1, ?2, '[]'::jsonb, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, tenant).setParameter(2, patientId).executeUpdate();
        PatientRecord r = PatientRecord.<PatientRecord>find("tenantId = ?1 and id = ?2", tenant, patientId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (r.coverages == null) {
            r.coverages = List.of();
        }
        r.updatedAt = Instant.now();
        return r;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onAuthorizationUpdated(AuthorizationUpdated a) {
        String tenant = tenants.current();
        PriorAuthorization r = PriorAuthorization.<PriorAuthorization>find("tenantId = ?1 and id = ?2", tenant,
                a.authorizationId()).firstResult();
        boolean created = r == null;
        if (created) {
            r = new PriorAuthorization();
            r.tenantId = tenant;
            r.id = a.authorizationId();
        }
        r.patientId = a.patientId();
        r.payerId = a.payerId();
        r.number = a.authorizationNumber();
        r.codes = a.codes() == null ? List.of() : a.codes();
        r.sessionsAuthorized = a.sessionsAuthorized();
        r.sessionsUsed = a.sessionsUsed();
        r.startDate = a.startDate();
        r.endDate = a.endDate();
        r.status = a.status() == null ? "ACTIVE" : a.status();
        if (created) {
            r.persist();
        }
        claims.rescrubHeldFor(a.patientId(), "authorization updated");
    }

    // --- clearinghouse ----------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public void onAcknowledged(ClaimAcknowledged a) {
        Claim c = claim(a.claimId());
        if (c == null) {
            return;
        }
        if (a.accepted()) {
            claims.tryMove(c, ClaimStatus.ACKNOWLEDGED, "999 accepted (batch " + a.batchId() + ")");
        } else {
            claims.tryMove(c, ClaimStatus.REJECTED, "999 rejected: " + codes(a.errors()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onAccepted(ClaimAccepted a) {
        Claim c = claim(a.claimId());
        if (c == null) {
            return;
        }
        if (a.payerClaimControlNumber() != null) {
            c.payerClaimControlNumber = a.payerClaimControlNumber();
        }
        if (ClaimLifecycle.adjudicated(c.status)) {
            // the 277CA and the 835 travel on different topics: a late acceptance must not undo the payment
            // (PAID → ACCEPTED is reserved for a reversal)
            return;
        }
        claims.tryMove(c, ClaimStatus.ACCEPTED, "277CA " + a.statusCategory() + "/" + a.statusCode());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRejected(ClaimRejected r) {
        Claim c = claim(r.claimId());
        if (c == null) {
            return;
        }
        claims.tryMove(c, ClaimStatus.REJECTED, r.source() + " " + r.statusCategory() + "/" + r.statusCode()
                + (r.entity() == null ? "" : " entity " + r.entity()));
    }

    private static String codes(List<org.rcm.platform.events.gateway.AckError> errors) {
        if (errors == null || errors.isEmpty()) {
            return "no detail";
        }
        return errors.stream().map(e -> e.segmentId() + "/" + e.code()).distinct().reduce((x, y) -> x + ", " + y)
                .orElse("");
    }

    // --- remittance -------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public void onPaymentPosted(PaymentPosted p) {
        Claim c = claim(p.claimId());
        if (c == null) {
            return;
        }
        ClaimStatus to = switch (p.claimStatus() == null ? "" : p.claimStatus()) {
            case "PAID" -> ClaimStatus.PAID;
            case "PARTIALLY_PAID" -> ClaimStatus.PARTIALLY_PAID;
            case "DENIED" -> ClaimStatus.DENIED;
            case "REVERSED" -> ClaimStatus.ACCEPTED;
            default -> null;
        };
        if (to == null) {
            LOG.warnf("claim %s: payment status %s not understood, skipped", c.id, p.claimStatus());
            return;
        }
        boolean reversed = to == ClaimStatus.ACCEPTED;
        c.paidAmount = reversed ? BigDecimal.ZERO : p.paidAmount();
        c.patientResponsibility = reversed ? BigDecimal.ZERO : p.patientResponsibility();
        c.contractualAdjustment = reversed ? BigDecimal.ZERO : p.contractualAdjustment();
        // the patient's share by kind (CAS PR-1/2/3) for the statement; an older producer sends none
        if (reversed || p.deductible() != null || p.coinsurance() != null || p.copay() != null) {
            c.deductible = reversed || p.deductible() == null ? BigDecimal.ZERO : p.deductible();
            c.coinsurance = reversed || p.coinsurance() == null ? BigDecimal.ZERO : p.coinsurance();
            c.copay = reversed || p.copay() == null ? BigDecimal.ZERO : p.copay();
        }
        if (c.payerClaimControlNumber == null && p.payerClaimControlNumber() != null) {
            c.payerClaimControlNumber = p.payerClaimControlNumber();
        }
        c.adjudicatedAt = reversed ? null : Instant.now();
        claims.tryMove(c, to, (reversed ? "payment reversed " : "835 payment ") + p.paymentId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDenied(ClaimDenied d) {
        Claim c = claim(d.claimId());
        if (c == null) {
            return;
        }
        if (d.payerClaimControlNumber() != null) {
            c.payerClaimControlNumber = d.payerClaimControlNumber();
        }
        if (c.paidAmount == null) {
            c.paidAmount = d.paidAmount();
        }
        String carcs = d.adjustments() == null ? "" : " " + d.adjustments().stream()
                .map(a -> a.group() + "-" + a.reason()).distinct().reduce((x, y) -> x + "," + y).orElse("");
        claims.tryMove(c, d.fullDenial() ? ClaimStatus.DENIED : ClaimStatus.PARTIALLY_PAID,
                (d.fullDenial() ? "denied" : "partly denied") + carcs);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDenialResolved(DenialResolved r) {
        Claim c = claim(r.claimId());
        if (c == null || r.action() == null) {
            return;
        }
        switch (r.action()) {
            case "APPEALED" -> claims.tryMove(c, ClaimStatus.APPEALED, "appeal filed (work item " + r.workItemId() + ")");
            case "WRITTEN_OFF" -> claims.tryMove(c, ClaimStatus.WRITTEN_OFF, "written off (work item " + r.workItemId() + ")");
            default -> {
            }
        }
    }

    // --- corrections and secondary claims --------------------------------------------------------------------

    /** REPLACE → a new frequency-7 claim with REF*F8; VOID → a frequency-8 claim. The original becomes CORRECTED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim onCorrectionRequested(ClaimCorrectionRequested r) {
        Claim orig = claim(r.claimId());
        if (orig == null) {
            return null;
        }
        if (!ClaimLifecycle.allowed(orig.status, ClaimStatus.CORRECTED)) {
            LOG.warnf("claim %s is %s: correction skipped", orig.id, orig.status);
            return null;
        }
        boolean isVoid = "VOID".equalsIgnoreCase(r.correctionType());
        Claim c = claims.follow(orig, isVoid ? "VOID" : "REPLACEMENT");
        c.frequencyCode = isVoid ? "8" : "7";
        c.replacesControlNumber = r.payerClaimControlNumber() != null ? r.payerClaimControlNumber()
                : orig.payerClaimControlNumber;
        if (r.priorAuthorization() != null) {
            c.priorAuthorization = r.priorAuthorization();
        }
        if (!isVoid && r.lineChanges() != null && !r.lineChanges().isEmpty()) {
            List<ClaimSubmitted.ClaimLine> lines = new ArrayList<>(c.lines);
            for (ClaimCorrectionRequested.LineChange ch : r.lineChanges()) {
                int i = ch.lineNumber() - 1;
                if (i < 0 || i >= lines.size()) {
                    continue;
                }
                ClaimSubmitted.ClaimLine l = lines.get(i);
                String code = ch.code() != null ? ch.code() : l.code();
                List<String> mods = ch.modifiers() != null ? ch.modifiers() : l.modifiers();
                int units = ch.units() != null ? ch.units() : l.units();
                BigDecimal charge = ch.code() != null || ch.units() != null || ch.modifiers() != null
                        ? setup.charge(c.tenantId, code, mods, units) : l.charge();
                lines.set(i, new ClaimSubmitted.ClaimLine(l.lineNumber(), l.lineControlNumber(), code, mods, units,
                        charge, l.diagnosisPointers(), l.dateOfService()));
            }
            ClaimService.setLines(c, lines);
        }
        c.persist();
        claims.recordBuilt(c, (isVoid ? "void" : "replacement") + " of claim "
                + orig.patientControlNumber + (r.workItemId() == null ? "" : " (work item " + r.workItemId() + ")"));
        claims.move(orig, ClaimStatus.CORRECTED, (isVoid ? "voided by claim " : "replaced by claim ")
                + c.patientControlNumber);
        claims.scrubAndSubmit(c, claims.prepare(c, ClaimService.coverageOrder(orig)));
        return c;
    }

    /** The primary's 835 did not cross over: build the claim to the secondary payer with the 2320/2330/2430 loops. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim onSecondaryRequested(SecondaryClaimRequested r) {
        Claim primary = claim(r.claimId());
        if (primary == null) {
            return null;
        }
        if (Claim.related(primary.tenantId, primary.id).stream().anyMatch(x -> "SECONDARY".equals(x.relation))) {
            return null;
        }
        if (r.payerClaimControlNumber() != null && primary.payerClaimControlNumber == null) {
            primary.payerClaimControlNumber = r.payerClaimControlNumber();
        }
        Claim c = claims.follow(primary, "SECONDARY");
        c.frequencyCode = "1";
        c.otherPayers = List.of(otherPayer(primary, r));
        c.persist();
        claims.recordBuilt(c, "secondary claim after primary claim " + primary.patientControlNumber
                + " was adjudicated");
        claims.scrubAndSubmit(c, claims.prepare(c, 2));
        return c;
    }

    static ClaimSubmitted.OtherPayer otherPayer(Claim primary, SecondaryClaimRequested r) {
        List<ClaimSubmitted.LineAdjudication> lines = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        if (r.lines() != null) {
            for (RemittanceReceived.ServiceLine sl : r.lines()) {
                int n = lineNumber(primary, sl, used);
                if (n < 0) {
                    continue;
                }
                used.add(n);
                lines.add(new ClaimSubmitted.LineAdjudication(n, sl.code(), sl.paidAmount(), sl.units(),
                        adjustments(sl.adjustments())));
            }
        }
        ClaimSubmitted.Payer payer = primary.payer == null ? new ClaimSubmitted.Payer(r.primaryPayerId(), null, null,
                null, "P") : primary.payer;
        return new ClaimSubmitted.OtherPayer(payer, primary.subscriber, primary.patientRelationship, r.paidAmount(),
                r.adjudicationDate(), r.payerClaimControlNumber() != null ? r.payerClaimControlNumber()
                : primary.payerClaimControlNumber, adjustments(r.claimAdjustments()), lines);
    }

    private static int lineNumber(Claim primary, RemittanceReceived.ServiceLine sl, Set<Integer> used) {
        for (ClaimSubmitted.ClaimLine l : primary.lines) {
            if (sl.lineControlNumber() != null && sl.lineControlNumber().equals(l.lineControlNumber())) {
                return l.lineNumber();
            }
        }
        for (ClaimSubmitted.ClaimLine l : primary.lines) {
            if (l.code().equals(sl.code()) && !used.contains(l.lineNumber())) {
                return l.lineNumber();
            }
        }
        return -1;
    }

    private static List<ClaimSubmitted.OtherAdjustment> adjustments(List<Adjustment> in) {
        if (in == null) {
            return List.of();
        }
        return in.stream().map(a -> new ClaimSubmitted.OtherAdjustment(a.group(), a.reason(), a.amount())).toList();
    }
}
