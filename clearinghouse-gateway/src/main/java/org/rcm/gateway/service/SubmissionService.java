package org.rcm.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.gateway.config.GatewayConfig;
import org.rcm.gateway.domain.Submission;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Instant;
import java.util.UUID;

/**
 * Queues submitted claims for the clearinghouse, once per claim, routed to a trading partner. A claim whose
 * parties are missing cannot be written as an 837P: it is held (HELD_INCOMPLETE) with the reason.
 */
@ApplicationScoped
public class SubmissionService {
    public static final String QUEUED = "QUEUED";
    public static final String HELD_INCOMPLETE = "HELD_INCOMPLETE";

    @Inject
    TenantContext tenants;
    @Inject
    GatewayConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimSubmitted(ClaimSubmitted claim) {
        String tenant = tenants.current();
        if (Submission.findByClaim(tenant, claim.claimId()).isPresent()) {
            return;
        }
        Submission s = new Submission();
        s.id = UUID.randomUUID().toString();
        s.tenantId = tenant;
        s.claimId = claim.claimId();
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
        s.persist();
    }
}
