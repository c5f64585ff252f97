package org.rcm.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.gateway.domain.Submission;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Instant;
import java.util.UUID;

/** Queues submitted claims for the clearinghouse, once per claim. */
@ApplicationScoped
public class SubmissionService {
    @Inject
    TenantContext tenants;

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
        s.status = "QUEUED";
        s.receivedAt = Instant.now();
        s.persist();
    }
}
