package org.rcm.eligibility.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.eligibility.domain.EligibilityCheck;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Instant;
import java.util.UUID;

/** Requests a coverage check for every documented session's patient, payer and date of service. */
@ApplicationScoped
public class EligibilityService {
    @Inject
    TenantContext tenants;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onSessionDocumented(SessionDocumented session) {
        String tenant = tenants.current();
        if (EligibilityCheck.exists(tenant, session.patientId(), session.payerId(), session.dateOfService())) {
            return;
        }
        EligibilityCheck check = new EligibilityCheck();
        check.id = UUID.randomUUID().toString();
        check.tenantId = tenant;
        check.patientId = session.patientId();
        check.payerId = session.payerId();
        check.dateOfService = session.dateOfService();
        check.trigger = "SESSION_DOCUMENTED";
        check.sourceId = session.sessionId();
        check.status = "PENDING";
        check.requestedAt = Instant.now();
        check.persist();
    }
}
