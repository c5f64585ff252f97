package org.rcm.claim.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.rcm.claim.domain.Claim;
import org.rcm.claim.domain.ClaimStatus;
import org.rcm.claim.domain.ClaimTransition;
import org.rcm.claim.domain.FeeSchedule;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds a claim from assigned codes, moves it through its lifecycle and submits it (ClaimSubmitted). */
@ApplicationScoped
public class ClaimService {
    @Inject
    Outbox outbox;
    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCodesAssigned(CodesAssigned codes) {
        String tenant = tenants.current();
        if (codes.lines().isEmpty() || Claim.existsForSession(tenant, codes.sessionId(), codes.revision())) {
            return;
        }
        Claim claim = new Claim();
        claim.id = UUID.randomUUID().toString();
        claim.tenantId = tenant;
        long seq = ((Number) em.createNativeQuery("SELECT nextval('claim_pcn_seq')").getSingleResult()).longValue();
        claim.patientControlNumber = String.format("RC%010d", seq);
        claim.sessionId = codes.sessionId();
        claim.codingRevision = codes.revision();
        claim.practiceId = codes.practiceId();
        claim.renderingProviderId = codes.renderingProviderId();
        claim.patientId = codes.patientId();
        claim.payerId = codes.payerId();
        claim.dateOfService = codes.dateOfService();
        claim.placeOfService = codes.placeOfService();
        claim.frequencyCode = "1";
        claim.diagnoses = codes.diagnoses();
        claim.lines = lines(claim.patientControlNumber, codes);
        claim.totalCharge = claim.lines.stream().map(ClaimSubmitted.ClaimLine::charge)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        claim.createdAt = Instant.now();
        claim.status = ClaimStatus.DRAFT;
        claim.updatedAt = claim.createdAt;
        claim.persist();
        record(claim, null, ClaimStatus.DRAFT, "built from CodesAssigned revision " + codes.revision());
        move(claim, ClaimStatus.SCRUBBED, "no blocking edits");
        move(claim, ClaimStatus.READY, "ready for submission");
        move(claim, ClaimStatus.SUBMITTED, "sent to clearinghouse-gateway");
        outbox.publish(ClaimEvents.CLAIM_SUBMITTED, claim.id, claim.toEvent());
    }

    private static List<ClaimSubmitted.ClaimLine> lines(String pcn, CodesAssigned codes) {
        List<ClaimSubmitted.ClaimLine> lines = new ArrayList<>();
        int n = 1;
        for (CodesAssigned.CodedLine l : codes.lines()) {
            lines.add(new ClaimSubmitted.ClaimLine(n, pcn + "-" + n, l.code(), l.modifiers(), l.units(),
                    FeeSchedule.charge(l.code(), l.units()), l.diagnosisPointers(), codes.dateOfService()));
            n++;
        }
        return lines;
    }

    void move(Claim claim, ClaimStatus to, String reason) {
        ClaimStatus from = claim.status;
        claim.status = to;
        claim.updatedAt = Instant.now();
        record(claim, from, to, reason);
    }

    private void record(Claim claim, ClaimStatus from, ClaimStatus to, String reason) {
        ClaimTransition t = new ClaimTransition();
        t.claimId = claim.id;
        t.tenantId = claim.tenantId;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = tenants.actor();
        t.reason = reason;
        t.at = Instant.now();
        t.persist();
    }
}
