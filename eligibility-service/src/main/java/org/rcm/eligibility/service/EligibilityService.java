package org.rcm.eligibility.service;

import org.rcm.platform.events.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.eligibility.domain.EligibilityCheck;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Requests coverage checks: for every documented session, on demand and for a day's schedule. A check that is
 * still running, or finished and not expired, for the same patient, payer and month of service is reused.
 */
@ApplicationScoped
public class EligibilityService {
    @Inject
    TenantContext tenants;
    @ConfigProperty(name = "rcm.eligibility.lease", defaultValue = "PT5M")
    Duration lease;

    public record Requested(EligibilityCheck check, boolean cached) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onSessionDocumented(SessionDocumented session) {
        request(session.patientId(), session.payerId(), session.dateOfService(), "SESSION_DOCUMENTED",
                session.sessionId(), null, null, false, false);
    }

    /**
     * @param runNow true when the caller runs the check itself right after commit (REST on demand): the row is
     *               leased to it instead of waiting for the scheduler
     */
    @Transactional
    public Requested request(String patientId, String payerId, LocalDate dos, String trigger, String sourceId,
                             String providerNpi, String providerName, boolean force, boolean runNow) {
        String tenant = tenants.current();
        Instant now = Instant.now();
        if (payerId == null) {
            // e.g. a session documented without payer: the coverage in force on the date, when registered
            payerId = org.rcm.eligibility.domain.PatientCoverage.forCheck(tenant, patientId, null, dos)
                    .map(c -> c.payerId).orElse(null);
        }
        if (!force && payerId != null) {
            Optional<EligibilityCheck> reuse = EligibilityCheck.reusable(tenant, patientId, payerId, dos, now);
            if (reuse.isPresent()) {
                return new Requested(reuse.get(), true);
            }
        }
        EligibilityCheck check = new EligibilityCheck();
        check.id = Ids.newId();
        check.tenantId = tenant;
        check.patientId = patientId;
        check.payerId = payerId;
        check.dateOfService = dos;
        check.trigger = trigger;
        check.sourceId = sourceId;
        check.providerNpi = providerNpi;
        check.providerName = providerName;
        check.serviceType = org.rcm.eligibility.benefits.ServiceTypeFallback.first();
        check.requestedAt = now;
        check.nextAttemptAt = now;
        if (runNow) {
            check.status = EligibilityCheck.IN_PROGRESS;
            check.leaseUntil = now.plus(lease);
        } else {
            check.status = EligibilityCheck.PENDING;
        }
        check.persist();
        return new Requested(check, false);
    }

    /**
     * After a registration or coverage change: checks that waited for registration or stopped on a data problem
     * run again, finished results for the patient stop being reused, and data work items close.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRegistrationChanged(String patientId) {
        String tenant = tenants.current();
        Instant now = Instant.now();
        EligibilityCheck.update("status = ?1, nextAttemptAt = ?2, serviceType = ?3, retries = 0, problemField = null,"
                        + " message = null where tenantId = ?4 and patientId = ?5 and status in ?6",
                EligibilityCheck.PENDING, now, org.rcm.eligibility.benefits.ServiceTypeFallback.first(), tenant,
                patientId, java.util.List.of(EligibilityCheck.AWAITING_REGISTRATION, EligibilityCheck.NEEDS_ATTENTION));
        EligibilityCheck.update("expiresAt = ?1 where tenantId = ?2 and patientId = ?3 and status in ?4"
                + " and expiresAt > ?1", now, tenant, patientId, java.util.List.of(EligibilityCheck.ACTIVE,
                EligibilityCheck.INACTIVE));
        org.rcm.eligibility.domain.WorkItem.update("status = ?1, resolvedAt = ?2, resolvedBy = ?3 where tenantId = ?4"
                        + " and patientId = ?5 and status = ?6 and kind in ?7", org.rcm.eligibility.domain.WorkItem.RESOLVED,
                now, "registration change", tenant, patientId, org.rcm.eligibility.domain.WorkItem.OPEN,
                java.util.List.of("FIX_DATA", "INACTIVE_COVERAGE", "NO_STATUS"));
    }
}
