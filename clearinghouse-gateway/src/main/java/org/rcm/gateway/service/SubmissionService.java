package org.rcm.gateway.service;

import org.rcm.platform.events.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.rcm.gateway.config.GatewayConfig;
import org.rcm.gateway.domain.Submission;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Queues submitted claims for the clearinghouse, once per claim, routed to a trading partner. A claim whose
 * parties are missing cannot be written as an 837P: it is held (HELD_INCOMPLETE) with the reason.
 */
@ApplicationScoped
public class SubmissionService {
    public static final String QUEUED = "QUEUED";
    public static final String HELD_INCOMPLETE = "HELD_INCOMPLETE";
    /** States after which a new ClaimSubmitted for the same claim is a resubmission, not a duplicate. */
    static final java.util.Set<String> RESENDABLE = java.util.Set.of("ACK_REJECTED", "REJECTED", HELD_INCOMPLETE,
            "HELD_INVALID");

    @Inject
    TenantContext tenants;
    @Inject
    GatewayConfig config;
    @Inject
    TransactionSynchronizationRegistry registry;

    private static final Object PRELOADED = new Object();

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimSubmitted(ClaimSubmitted claim) {
        String tenant = tenants.current();
        Map<String, Submission> preloaded = preloaded();
        Submission s = preloaded != null ? preloaded.get(claim.claimId())
                : Submission.findByClaim(tenant, claim.claimId()).orElse(null);
        if (s != null && preloaded != null && !Submission.getEntityManager().contains(s)) {
            // the context was cleared since the batch loaded it: read it again
            s = Submission.findByClaim(tenant, claim.claimId()).orElse(null);
        }
        if (s != null && !RESENDABLE.contains(s.status)) {
            return;   // already queued or sent: a redelivery or a repeat adds nothing
        }
        if (s == null) {
            s = new Submission();
            s.id = Ids.newId();
            s.tenantId = tenant;
            s.claimId = claim.claimId();
        }
        // a claim rejected before adjudication (999/277CA) or held here comes back fixed: queue it again as an
        // original; it travels in a new batch with new control numbers
        s.batchId = null;
        s.payerClaimNumber = null;
        s.patientControlNumber = claim.patientControlNumber();
        s.payerId = claim.payerId();
        s.frequencyCode = claim.frequencyCode();
        s.totalCharge = claim.totalCharge();
        s.claim = claim;
        s.partnerId = config.payerRoutes().getOrDefault(ClaimMapper.clearinghousePayerId(claim),
                config.defaultPartner());
        String missing = ClaimMapper.missingParty(claim);
        s.status = missing == null ? QUEUED : HELD_INCOMPLETE;
        s.statusDetail = missing;
        s.receivedAt = Instant.now();
        if (!s.isPersistent()) {
            s.persist();
            if (preloaded != null) {
                preloaded.put(s.claimId, s);
            }
        }
    }

    /**
     * Loads the submissions of these claims in one query and keeps them, by claim id, for the rest of the
     * transaction: {@link #onClaimSubmitted} then looks a claim up there (absent: no submission yet) instead of
     * querying once per claim.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void preload(Collection<String> claimIds) {
        Map<String, Submission> byClaim = new HashMap<>();
        if (!claimIds.isEmpty()) {
            Submission.<Submission>list("tenantId = ?1 and claimId in ?2", tenants.current(), claimIds)
                    .forEach(s -> byClaim.put(s.claimId, s));
        }
        registry.putResource(PRELOADED, byClaim);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Submission> preloaded() {
        return (Map<String, Submission>) registry.getResource(PRELOADED);
    }
}
