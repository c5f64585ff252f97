package org.rcm.claim.service;

import org.rcm.platform.events.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.rcm.claim.domain.Claim;
import org.rcm.claim.domain.ClaimLifecycle;
import org.rcm.claim.domain.ClaimStatus;
import org.rcm.claim.domain.ClaimTransition;
import org.rcm.claim.domain.PatientRecord;
import org.rcm.claim.domain.PriorAuthorization;
import org.rcm.claim.domain.scrub.Edit;
import org.rcm.claim.domain.scrub.ScrubContext;
import org.rcm.claim.domain.scrub.Scrubber;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimStatusChanged;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.eligibility.Coverage;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds claims (from CodesAssigned, corrections and primary remittances), fills the parties from billing setup and
 * the patient's coverage, scrubs them, and moves them through the lifecycle. Every transition is stored with
 * who/why/when and published as ClaimStatusChanged in the same transaction; a clean claim goes out as ClaimSubmitted.
 */
@ApplicationScoped
public class ClaimService {
    private static final Logger LOG = Logger.getLogger(ClaimService.class);

    @Inject
    Outbox outbox;
    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;
    @Inject
    NcciProvider ncci;
    @Inject
    BillingSetup setup;

    // --- building --------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCodesAssigned(CodesAssigned codes) {
        String tenant = tenants.current();
        lockPatient(tenant, codes.patientId());
        if (codes.lines().isEmpty()) {
            return;
        }
        // the session's latest original claim: one built from this coding revision or a later one means done
        Claim existing = Claim.originalForSession(tenant, codes.sessionId()).orElse(null);
        if (existing != null && existing.codingRevision >= codes.revision()) {
            return;
        }
        if (existing != null) {
            if (existing.status != ClaimStatus.HELD) {
                LOG.infof("claim %s already %s: coding revision %d ignored (correct it through denial-service)",
                        existing.id, existing.status, codes.revision());
                return;
            }
            existing.codingRevision = codes.revision();
            applyCodes(existing, codes);
            rescrub(existing, "recoded (revision " + codes.revision() + ")");
            return;
        }
        Claim claim = new Claim();
        claim.id = Ids.newId();
        claim.tenantId = tenant;
        claim.patientControlNumber = nextPcn();
        claim.sessionId = codes.sessionId();
        claim.codingRevision = codes.revision();
        claim.practiceId = codes.practiceId();
        claim.renderingProviderId = codes.renderingProviderId();
        claim.patientId = codes.patientId();
        claim.payerId = codes.payerId();
        claim.frequencyCode = "1";
        applyCodes(claim, codes);
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        claim.status = ClaimStatus.DRAFT;
        // built, filled from setup and scrubbed in memory, then inserted once with its history: Hibernate inserts
        // the state an entity had when persisted, so persisting it first cost an UPDATE of every party document
        claim.unsavedHistory = new ArrayList<>();
        recordBuilt(claim, "built from CodesAssigned revision " + codes.revision());
        scrubAndSubmit(claim, prepare(claim, 1));
        claim.persist();
        claim.unsavedHistory.forEach(t -> t.persist());
        claim.unsavedHistory = null;
    }

    private void applyCodes(Claim claim, CodesAssigned codes) {
        claim.dateOfService = codes.dateOfService();
        claim.placeOfService = codes.placeOfService();
        claim.diagnoses = codes.diagnoses();
        List<ClaimSubmitted.ClaimLine> lines = new ArrayList<>();
        int n = 1;
        for (CodesAssigned.CodedLine l : codes.lines()) {
            lines.add(new ClaimSubmitted.ClaimLine(n, claim.patientControlNumber + "-" + n, l.code(), l.modifiers(),
                    l.units(), setup.charge(claim.tenantId, l.code(), l.modifiers(), l.units()), l.diagnosisPointers(),
                    codes.dateOfService()));
            n++;
        }
        setLines(claim, lines);
    }

    /** Lines priced at zero (no fee schedule entry when built) take the current fee schedule. */
    void repriceUnpriced(Claim claim) {
        if (claim.lines.stream().noneMatch(l -> l.charge() == null || l.charge().signum() == 0)) {
            return;
        }
        List<ClaimSubmitted.ClaimLine> lines = new ArrayList<>();
        for (ClaimSubmitted.ClaimLine l : claim.lines) {
            BigDecimal charge = l.charge() == null || l.charge().signum() == 0
                    ? setup.charge(claim.tenantId, l.code(), l.modifiers(), l.units()) : l.charge();
            lines.add(new ClaimSubmitted.ClaimLine(l.lineNumber(), l.lineControlNumber(), l.code(), l.modifiers(),
                    l.units(), charge, l.diagnosisPointers(), l.dateOfService()));
        }
        setLines(claim, lines);
    }

    static void setLines(Claim claim, List<ClaimSubmitted.ClaimLine> lines) {
        claim.lines = lines;
        claim.totalCharge = lines.stream().map(ClaimSubmitted.ClaimLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Serialises building a patient's claim with a change of the patient's registration, coverage or authorisations
     * (different channels, so different transactions): whichever commits second sees the first's work, so a claim
     * held for a missing registration is always re-scrubbed once the registration arrives. A transaction-scoped
     * advisory lock: no row is needed and it is released at commit or rollback.
     */
    void lockPatient(String tenant, String patientId) {
        if (patientId != null) {
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1)::bigint)) l")
                    .setParameter(1, "claim-patient/" + tenant + "/" + patientId).getSingleResult();
        }
    }

    String nextPcn() {
        long seq = ((Number) em.createNativeQuery("SELECT nextval('claim_pcn_seq')").getSingleResult()).longValue();
        return String.format("RC%010d", seq);
    }

    /** A new claim following {@code from} (replacement, void or secondary), with its own PCN and line numbers. */
    Claim follow(Claim from, String relation) {
        Claim c = new Claim();
        c.id = Ids.newId();
        c.tenantId = from.tenantId;
        c.patientControlNumber = nextPcn();
        c.sessionId = from.sessionId;
        c.codingRevision = from.codingRevision;
        c.practiceId = from.practiceId;
        c.renderingProviderId = from.renderingProviderId;
        c.patientId = from.patientId;
        c.payerId = from.payerId;
        c.dateOfService = from.dateOfService;
        c.placeOfService = from.placeOfService;
        c.diagnoses = from.diagnoses;
        c.priorAuthorization = from.priorAuthorization;
        c.otherPayers = from.otherPayers;
        c.relation = relation;
        c.relatedClaimId = from.id;
        List<ClaimSubmitted.ClaimLine> lines = new ArrayList<>();
        for (ClaimSubmitted.ClaimLine l : from.lines) {
            lines.add(new ClaimSubmitted.ClaimLine(l.lineNumber(), c.patientControlNumber + "-" + l.lineNumber(),
                    l.code(), l.modifiers(), l.units(), l.charge(), l.diagnosisPointers(), l.dateOfService()));
        }
        setLines(c, lines);
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        c.status = ClaimStatus.DRAFT;
        return c;
    }

    /**
     * Fills the claim's parties from billing setup and the patient's coverage of the given order (1 primary, 2
     * secondary) and returns the context the scrubber needs. Missing setup leaves parties null: the scrubber holds.
     */
    ScrubContext prepare(Claim claim, int order) {
        String tenant = claim.tenantId;
        BillingSetup.PracticeInfo practice = setup.practice(tenant, claim.practiceId);
        claim.billingProvider = practice == null ? null : practice.provider();
        claim.billingContactPhone = practice == null ? null : practice.phone();
        claim.billingTaxIdType = practice == null ? null : practice.taxIdType();
        claim.payToAddress = practice == null ? null : practice.payTo();
        BillingSetup.ProviderInfo rendering = setup.provider(tenant, claim.renderingProviderId);
        claim.renderingProvider = rendering == null ? null : rendering.provider();
        claim.supervisingProvider = rendering == null ? null : rendering.supervising();
        PatientRecord patient = PatientRecord.find(tenant, claim.patientId).orElse(null);
        List<Coverage> active = patient == null ? List.of() : patient.activeOn(claim.dateOfService);
        int primaries = (int) active.stream().filter(c -> c.order() == 1).count();
        Coverage coverage = active.stream().filter(c -> c.order() == order).findFirst().orElse(null);
        if (coverage != null) {
            claim.payerId = coverage.payerId();
            claim.patientRelationship = coverage.relationship() == null ? "18" : coverage.relationship();
            ClaimSubmitted.Person demo = patient.demographics;
            if ("18".equals(claim.patientRelationship)) {
                claim.subscriber = demo == null ? null : new ClaimSubmitted.Person(coverage.memberId(),
                        coverage.groupNumber(), demo.lastName(), demo.firstName(), demo.dateOfBirth(), demo.gender(),
                        demo.address());
                claim.patient = null;
            } else {
                ClaimSubmitted.Person s = coverage.subscriber();
                claim.subscriber = s == null ? null : new ClaimSubmitted.Person(coverage.memberId(),
                        coverage.groupNumber(), s.lastName(), s.firstName(), s.dateOfBirth(), s.gender(), s.address());
                claim.patient = demo == null ? null : new ClaimSubmitted.Person(null, null, demo.lastName(),
                        demo.firstName(), demo.dateOfBirth(), demo.gender(), demo.address());
            }
        } else {
            claim.subscriber = null;
            claim.patient = null;
            claim.patientRelationship = "18";
        }
        BillingSetup.PayerInfo payer = coverage == null && order > 1 ? null : setup.payer(tenant, claim.payerId);
        claim.payer = payer == null ? null : payer.toPayer(order == 1 ? "P" : order == 2 ? "S" : "T");
        PriorAuthorization auth = PriorAuthorization.match(tenant, claim.patientId, claim.payerId, claim.dateOfService,
                claim.lines.stream().map(ClaimSubmitted.ClaimLine::code).toList());
        if (auth != null && claim.priorAuthorization == null) {
            claim.priorAuthorization = auth.number;
        }
        return new ScrubContext(LocalDate.now(), payer == null ? null : payer.rules(), primaries,
                auth == null ? null : auth.info(), practice == null ? null : practice.phone(),
                practice == null ? null : practice.taxIdType(), ncci.tables());
    }

    static int coverageOrder(Claim c) {
        String r = c.payer == null ? null : c.payer.responsibility();
        return "S".equals(r) || "SECONDARY".equals(c.relation) ? 2 : "T".equals(r) ? 3 : 1;
    }

    /**
     * Scrubs; blocking edits hold the claim, otherwise it moves to ready and is submitted (ClaimSubmitted). Every move
     * is stored in the claim's history; the moves are announced as one ClaimStatusChanged from the status the claim
     * had before (none for a claim just built, whose DRAFT is then listed in {@code via}).
     */
    void scrubAndSubmit(Claim claim, ScrubContext ctx) {
        boolean built = claim.status == ClaimStatus.DRAFT;
        ClaimStatus from = built ? null : claim.status;
        List<String> via = new ArrayList<>();
        if (built) {
            via.add(ClaimStatus.DRAFT.name());
        }
        ClaimSubmitted event = claim.toEvent();
        List<Edit> edits = Scrubber.scrub(event, ctx);
        claim.edits = edits;
        if (Scrubber.blocks(edits)) {
            String ids = edits.stream().filter(Edit::blocks).map(Edit::id).distinct().collect(Collectors.joining(", "));
            if (claim.status != ClaimStatus.HELD) {
                String why = "blocking edits: " + ids;
                step(claim, ClaimStatus.HELD, why);
                announce(claim, from, via, why);
            }
            return;
        }
        long warnings = edits.size();
        step(claim, ClaimStatus.SCRUBBED, warnings == 0 ? "no edits" : "passed with " + warnings + " warning(s)");
        via.add(ClaimStatus.SCRUBBED.name());
        step(claim, ClaimStatus.READY, "ready for submission");
        via.add(ClaimStatus.READY.name());
        step(claim, ClaimStatus.SUBMITTED, "sent to clearinghouse-gateway");
        announce(claim, from, via, "sent to clearinghouse-gateway");
        outbox.publish(ClaimEvents.CLAIM_SUBMITTED, claim.id, claim.toEvent());
    }

    /** Re-reads setup and coverage and scrubs again a HELD or REJECTED claim (after fixes). */
    void rescrub(Claim claim, String why) {
        if (claim.status != ClaimStatus.HELD && claim.status != ClaimStatus.REJECTED) {
            throw new IllegalTransitionException(claim.status, ClaimStatus.SCRUBBED);
        }
        LOG.debugf("re-scrubbing claim %s: %s", claim.id, why);
        repriceUnpriced(claim);
        scrubAndSubmit(claim, prepare(claim, coverageOrder(claim)));
    }

    @Transactional
    public Claim resubmit(String id) {
        Claim claim = Claim.findForTenant(tenants.current(), id).orElse(null);
        if (claim == null) {
            return null;
        }
        rescrub(claim, "resubmitted by " + tenants.actor());
        return claim;
    }

    @Transactional
    public boolean manualMove(String id, ClaimStatus to, String reason) {
        Claim claim = Claim.findForTenant(tenants.current(), id).orElse(null);
        if (claim == null) {
            return false;
        }
        move(claim, to, reason == null ? "set by " + tenants.actor() : reason);
        return true;
    }

    /** After a billing setup change: re-scrubs the tenant's oldest HELD claims (at most {@code limit}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescrubHeld(String why, int limit) {
        List<Claim> held = Claim.<Claim>find("tenantId = ?1 and status = ?2 order by createdAt", tenants.current(),
                ClaimStatus.HELD).page(0, limit).list();
        for (Claim c : held) {
            rescrub(c, why);
        }
        return held.size();
    }

    /** Re-scrubs the patient's HELD claims after their coverage or authorization changed. */
    void rescrubHeldFor(String patientId, String why) {
        lockPatient(tenants.current(), patientId);
        List<Claim> held = Claim.list("tenantId = ?1 and patientId = ?2 and status = ?3", tenants.current(), patientId,
                ClaimStatus.HELD);
        for (Claim c : held) {
            rescrub(c, why);
        }
    }

    // --- transitions -------------------------------------------------------------------------------------------

    public void move(Claim claim, ClaimStatus to, String reason) {
        ClaimStatus from = claim.status;
        step(claim, to, reason);
        announce(claim, from, List.of(), reason);
    }

    /** Moves when the lifecycle allows it; an event that cannot apply is logged and skipped (retrying cannot help). */
    boolean tryMove(Claim claim, ClaimStatus to, String reason) {
        if (claim.status == to) {
            return false;
        }
        if (!ClaimLifecycle.allowed(claim.status, to)) {
            if (ClaimLifecycle.superseded(claim.status, to)) {
                LOG.debugf("claim %s: late %s after %s, nothing to do", claim.id, to, claim.status);
            } else {
                LOG.warnf("claim %s: %s -> %s not allowed, event skipped", claim.id, claim.status, to);
            }
            return false;
        }
        move(claim, to, reason);
        return true;
    }

    /** Stores the move in the claim's history and announces it (ClaimStatusChanged). */
    void record(Claim claim, ClaimStatus from, ClaimStatus to, String reason) {
        ClaimTransition t = store(claim, from, to, reason);
        publishChange(claim, from, to, t.reason, t.at, List.of());
    }

    /**
     * Stores a new claim's DRAFT in its history without announcing it: the scrub that follows in the same
     * transaction announces where the claim went, with DRAFT in {@code via}.
     */
    void recordBuilt(Claim claim, String reason) {
        store(claim, null, ClaimStatus.DRAFT, reason);
    }

    /** A move within a run of moves that {@link #announce} publishes as one event. */
    private void step(Claim claim, ClaimStatus to, String reason) {
        if (!ClaimLifecycle.allowed(claim.status, to)) {
            throw new IllegalTransitionException(claim.status, to);
        }
        ClaimStatus from = claim.status;
        claim.status = to;
        claim.updatedAt = Instant.now();
        store(claim, from, to, reason);
    }

    private void announce(Claim claim, ClaimStatus from, List<String> via, String reason) {
        publishChange(claim, from, claim.status, truncate(reason), claim.updatedAt, via);
    }

    private ClaimTransition store(Claim claim, ClaimStatus from, ClaimStatus to, String reason) {
        if (from == null) {
            claim.status = to;
        }
        ClaimTransition t = new ClaimTransition();
        t.claimId = claim.id;
        t.tenantId = claim.tenantId;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = tenants.actor();
        t.reason = truncate(reason);
        t.at = Instant.now();
        if (claim.unsavedHistory != null) {
            claim.unsavedHistory.add(t);
        } else {
            t.persist();
        }
        return t;
    }

    private void publishChange(Claim claim, ClaimStatus from, ClaimStatus to, String reason, Instant at,
                               List<String> via) {
        outbox.publish(ClaimEvents.CLAIM_STATUS_CHANGED, claim.id, new ClaimStatusChanged(claim.id,
                claim.patientControlNumber, claim.payerId, from == null ? null : from.name(), to.name(), reason,
                claim.totalCharge, at, via));
    }

    private static String truncate(String reason) {
        return reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    public static class IllegalTransitionException extends RuntimeException {
        public final ClaimStatus from;
        public final ClaimStatus to;

        public IllegalTransitionException(ClaimStatus from, ClaimStatus to) {
            super("a " + from + " claim cannot move to " + to);
            this.from = from;
            this.to = to;
        }
    }
}
