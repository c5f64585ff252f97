package org.rcm.eligibility.service;

import org.rcm.platform.events.Ids;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.eligibility.domain.AuthorizationRules;
import org.rcm.eligibility.domain.AuthorizationUsage;
import org.rcm.eligibility.domain.ClaimLink;
import org.rcm.eligibility.domain.PriorAuthorization;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.persistence.Lookups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Prior authorizations and their session counts: a session counts once (CodesAssigned, any revision), a denial
 * for no authorization (CARC 197/15) gives it back, a replacement claim for the session counts it again. Every
 * change is announced with AuthorizationUpdated (claim-service: REF*G1 and the sessions-remaining edit).
 */
@ApplicationScoped
public class AuthorizationService {
    @Inject
    TenantContext tenants;
    @Inject
    Outbox outbox;
    @ConfigProperty(name = "rcm.authorization.alert-sessions-before", defaultValue = "3")
    int defaultAlertSessions;
    @ConfigProperty(name = "rcm.authorization.alert-days-before", defaultValue = "14")
    int defaultAlertDays;

    public record Terms(String patientId, String payerId, String number, List<String> codes, int sessionsAuthorized,
                        Integer unitsAuthorized, LocalDate startDate, LocalDate endDate, LocalDate reviewDue,
                        Integer alertSessionsBefore, Integer alertDaysBefore) {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Transactional
    public PriorAuthorization create(Terms t) {
        String tenant = tenants.current();
        validate(t);
        if (Lookups.count(PriorAuthorization.class, "tenantId = ?1 and payerId = ?2 and number = ?3", tenant,
                t.payerId(), t.number()) > 0) {
            throw ApiException.conflict("this payer's authorization number is already registered");
        }
        PriorAuthorization a = new PriorAuthorization();
        a.id = Ids.newId();
        a.tenantId = tenant;
        a.patientId = t.patientId();
        a.payerId = t.payerId();
        a.number = t.number();
        a.createdAt = Instant.now();
        apply(a, t);
        a.persist();
        announce(a);
        return a;
    }

    @Transactional
    public PriorAuthorization update(String id, Terms t) {
        PriorAuthorization a = find(id);
        validate(t);
        apply(a, t);
        announce(a);
        return a;
    }

    @Transactional
    public PriorAuthorization cancel(String id) {
        PriorAuthorization a = find(id);
        a.cancelled = true;
        a.updatedAt = Instant.now();
        announce(a);
        return a;
    }

    /** Counts the session against the authorization that covers it; a later revision may move it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onCodesAssigned(CodesAssigned c) {
        String tenant = tenants.current();
        Optional<AuthorizationUsage> existing = AuthorizationUsage.of(tenant, c.sessionId());
        if (existing.isPresent() && existing.get().revision >= c.revision()) {
            return;
        }
        List<String> codes = c.lines() == null ? List.of() : c.lines().stream().map(CodesAssigned.CodedLine::code)
                .toList();
        List<PriorAuthorization> applicable = PriorAuthorization.ofPatientAndPayer(tenant, c.patientId(),
                c.payerId()).stream().filter(a -> AuthorizationRules.applies(a.codes, a.startDate, a.endDate,
                a.cancelled, c.dateOfService(), codes)).toList();
        Optional<PriorAuthorization> pick = existing.flatMap(u -> applicable.stream()
                .filter(a -> a.id.equals(u.authorizationId)).findFirst())
                .or(() -> AuthorizationRules.pick(applicable, a -> a.sessionsAuthorized - a.sessionsUsed(),
                        a -> a.endDate));
        if (existing.isPresent()) {
            AuthorizationUsage u = existing.get();
            if (pick.isPresent() && pick.get().id.equals(u.authorizationId)) {
                u.revision = c.revision();
                u.codes = codes;
                u.units = units(c, pick.get());
                u.updatedAt = Instant.now();
                return;
            }
            String old = u.authorizationId;
            u.delete();
            AuthorizationUsage.getEntityManager().flush();
            PriorAuthorization.findForTenant(tenant, old).ifPresent(this::announce);
        }
        if (pick.isEmpty()) {
            return;
        }
        AuthorizationUsage u = new AuthorizationUsage();
        u.tenantId = tenant;
        u.sessionId = c.sessionId();
        u.authorizationId = pick.get().id;
        u.revision = c.revision();
        u.dateOfService = c.dateOfService();
        u.codes = codes;
        u.units = units(c, pick.get());
        u.updatedAt = Instant.now();
        u.persist();
        AuthorizationUsage.getEntityManager().flush();
        announce(pick.get());
    }

    private static int units(CodesAssigned c, PriorAuthorization a) {
        return c.lines() == null ? 0 : c.lines().stream()
                .filter(l -> a.codes.isEmpty() || a.codes.contains(l.code()))
                .mapToInt(CodesAssigned.CodedLine::units).sum();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimSubmitted(ClaimSubmitted c) {
        String tenant = tenants.current();
        ClaimLink link = ClaimLink.of(tenant, c.claimId()).orElse(null);
        boolean pendingDenial = link != null && link.noAuthDenial;
        boolean created = link == null;
        if (created) {
            link = new ClaimLink();
            link.tenantId = tenant;
            link.claimId = c.claimId();
        }
        link.sessionId = c.sessionId();
        link.noAuthDenial = false;
        if (created) {
            // persisted complete: Hibernate inserts the state at persist time, a later change would be an UPDATE
            link.persist();
        }
        AuthorizationUsage u = c.sessionId() == null ? null : AuthorizationUsage.of(tenant, c.sessionId()).orElse(null);
        if (u == null) {
            return;
        }
        boolean replacement = u.returned && u.claimId != null && !u.claimId.equals(c.claimId());
        u.claimId = c.claimId();
        if (replacement) {
            u.returned = false;
            u.returnedReason = null;
            u.updatedAt = Instant.now();
            AuthorizationUsage.getEntityManager().flush();
            PriorAuthorization.findForTenant(tenant, u.authorizationId).ifPresent(this::announce);
        }
        if (pendingDenial) {
            giveBack(tenant, c.sessionId());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimDenied(ClaimDenied d) {
        if (!AuthorizationRules.deniedForNoAuthorization(d)) {
            return;
        }
        String tenant = tenants.current();
        Optional<ClaimLink> link = ClaimLink.of(tenant, d.claimId());
        if (link.isEmpty() || link.get().sessionId == null) {
            ClaimLink l = link.orElseGet(() -> {
                ClaimLink n = new ClaimLink();
                n.tenantId = tenant;
                n.claimId = d.claimId();
                n.persist();
                return n;
            });
            l.noAuthDenial = true;
            return;
        }
        giveBack(tenant, link.get().sessionId);
    }

    private void giveBack(String tenant, String sessionId) {
        AuthorizationUsage u = AuthorizationUsage.of(tenant, sessionId).orElse(null);
        if (u == null || u.returned) {
            return;
        }
        u.returned = true;
        u.returnedReason = "denied for no authorization (CARC 197/15)";
        u.updatedAt = Instant.now();
        AuthorizationUsage.getEntityManager().flush();
        PriorAuthorization.findForTenant(tenant, u.authorizationId).ifPresent(this::announce);
    }

    /** Once a day: authorizations whose end date passed are announced as EXPIRED. */
    @Scheduled(cron = "${rcm.authorization.expiry-cron:0 10 0 * * ?}", identity = "authorization-expiry")
    void expire() {
        List<PriorAuthorization> due = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                PriorAuthorization.<PriorAuthorization>list("cancelled = false and endDate < ?1 and "
                        + "(announcedStatus is null or announcedStatus <> 'EXPIRED')", today()));
        for (PriorAuthorization a : due) {
            RequestMetadata.runAs(a.tenantId, a.id, null, () -> io.quarkus.narayana.jta.QuarkusTransaction
                    .requiringNew().run(() -> PriorAuthorization.findForTenant(a.tenantId, a.id)
                            .ifPresent(this::announce)));
        }
    }

    private void announce(PriorAuthorization a) {
        var event = a.toEvent(today());
        a.announcedStatus = event.status();
        outbox.publish(EligibilityEvents.AUTHORIZATION_UPDATED, a.patientId, event);
    }

    private PriorAuthorization find(String id) {
        return PriorAuthorization.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("authorization"));
    }

    private static void validate(Terms t) {
        if (t.endDate().isBefore(t.startDate())) {
            throw ApiException.invalid("endDate", "must not be before startDate");
        }
        if (t.reviewDue() != null && t.reviewDue().isAfter(t.endDate())) {
            throw ApiException.invalid("reviewDue", "must not be after endDate");
        }
    }

    private void apply(PriorAuthorization a, Terms t) {
        a.codes = t.codes() == null ? List.of() : List.copyOf(t.codes());
        a.sessionsAuthorized = t.sessionsAuthorized();
        a.unitsAuthorized = t.unitsAuthorized();
        a.startDate = t.startDate();
        a.endDate = t.endDate();
        a.reviewDue = t.reviewDue();
        a.alertSessionsBefore = t.alertSessionsBefore() != null ? t.alertSessionsBefore() : defaultAlertSessions;
        a.alertDaysBefore = t.alertDaysBefore() != null ? t.alertDaysBefore() : defaultAlertDays;
        a.updatedAt = Instant.now();
    }
}
