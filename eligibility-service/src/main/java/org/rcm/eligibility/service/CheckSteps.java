package org.rcm.eligibility.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.eligibility.benefits.BenefitsSummary;
import org.rcm.eligibility.benefits.Interpretation;
import org.rcm.eligibility.benefits.Network;
import org.rcm.eligibility.benefits.Rejection;
import org.rcm.eligibility.benefits.RetryPolicy;
import org.rcm.eligibility.benefits.ServiceTypeFallback;
import org.rcm.eligibility.domain.EligibilityCheck;
import org.rcm.eligibility.domain.Patient;
import org.rcm.eligibility.domain.PatientCoverage;
import org.rcm.eligibility.domain.WorkItem;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.eligibility.EligibilityProblem;
import org.rcm.platform.events.eligibility.EligibilityVerified;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.x12.eligibility.EligibilityInquiry;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The transactional steps of a check run; the 270/271 exchange itself happens between them, outside any. */
@ApplicationScoped
public class CheckSteps {
    @Inject
    Outbox outbox;
    @ConfigProperty(name = "rcm.eligibility.lease", defaultValue = "PT5M")
    Duration lease;
    @ConfigProperty(name = "rcm.eligibility.cache-ttl", defaultValue = "P3D")
    Duration cacheTtl;
    @ConfigProperty(name = "rcm.eligibility.retry.base", defaultValue = "PT5M")
    Duration retryBase;
    @ConfigProperty(name = "rcm.eligibility.retry.max", defaultValue = "PT2H")
    Duration retryMax;
    @ConfigProperty(name = "rcm.eligibility.retry.max-attempts", defaultValue = "5")
    int maxRetries;
    @ConfigProperty(name = "rcm.eligibility.provider.npi")
    String defaultNpi;
    @ConfigProperty(name = "rcm.eligibility.provider.name")
    String defaultProviderName;
    @ConfigProperty(name = "rcm.eligibility.isa.sender-qualifier", defaultValue = "ZZ")
    String senderQualifier;
    @ConfigProperty(name = "rcm.eligibility.isa.sender-id")
    String senderId;
    @ConfigProperty(name = "rcm.eligibility.isa.receiver-qualifier", defaultValue = "ZZ")
    String receiverQualifier;
    @ConfigProperty(name = "rcm.eligibility.isa.receiver-id")
    String receiverId;
    @ConfigProperty(name = "rcm.eligibility.trace-originator")
    String traceOriginator;
    @ConfigProperty(name = "rcm.eligibility.production", defaultValue = "false")
    boolean production;

    public record Claimed(String tenantId, String checkId) {
    }

    /** A 270 ready to send. */
    public record Prepared(String serviceType, String trace, byte[] inquiry) {
    }

    /** What one exchange gave: an interpretation, or a transport failure. */
    public record StepResult(Interpretation interpretation, String unavailable, Integer rejectedStatus) {
    }

    /** Leases due checks (new, retry due, or abandoned by a crashed runner) to this runner. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Claimed> claimDue(int limit) {
        Instant now = Instant.now();
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT id, tenant_id FROM eligibility_check WHERE (status IN ('PENDING', 'RETRY_SCHEDULED')"
                                + " AND next_attempt_at <= ?1) OR (status = 'IN_PROGRESS' AND lease_until < ?1)"
                                + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        List<Claimed> out = new ArrayList<>();
        for (Object[] r : rows) {
            EligibilityCheck.update("status = ?1, leaseUntil = ?2 where id = ?3", EligibilityCheck.IN_PROGRESS,
                    now.plus(lease), r[0]);
            out.add(new Claimed((String) r[1], (String) r[0]));
        }
        return out;
    }

    /** The next 270 of a leased check, or null when it cannot run (then its status says why). */
    @Transactional
    public Prepared prepare(String tenant, String checkId) {
        EligibilityCheck c = EligibilityCheck.findForTenant(tenant, checkId).orElse(null);
        if (c == null || !EligibilityCheck.IN_PROGRESS.equals(c.status)) {
            return null;
        }
        Optional<Patient> patient = Patient.findForTenant(tenant, c.patientId);
        Optional<PatientCoverage> coverage = patient.isEmpty() ? Optional.empty()
                : PatientCoverage.forCheck(tenant, c.patientId, c.payerId, c.dateOfService);
        if (coverage.isEmpty()) {
            c.status = EligibilityCheck.AWAITING_REGISTRATION;
            c.problemField = patient.isEmpty() ? "patientId" : "payerId";
            c.message = patient.isEmpty() ? "patient not registered" : "no registered coverage for this payer";
            problem(c, null, c.problemField, c.message, true);
            return null;
        }
        if (c.payerId == null) {
            c.payerId = coverage.get().payerId;
        }
        String trace = c.id.replace("-", "") + "-" + (c.exchanges.size() + 1);
        EligibilityInquiry q = InquiryBuilder.inquiry(trace, traceOriginator, patient.get(), coverage.get(),
                c.providerNpi != null ? c.providerNpi : defaultNpi,
                c.providerName != null ? c.providerName : defaultProviderName, c.serviceType, c.dateOfService);
        long control = ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT nextval('interchange_control_number')").getSingleResult()).longValue();
        try {
            byte[] bytes = InquiryBuilder.write(q, new InquiryBuilder.Sender(senderQualifier, senderId,
                    receiverQualifier, receiverId, traceOriginator, production), control,
                    LocalDateTime.now(ZoneOffset.UTC));
            return new Prepared(c.serviceType, trace, bytes);
        } catch (IllegalArgumentException e) {
            needsAttention(c, "FIX_DATA", "name", null,
                    "registration holds characters an X12 inquiry cannot carry (* ~ : ^)");
            return null;
        }
    }

    /** Records one exchange and decides: done, next service type (returns true), retry later or work item. */
    @Transactional
    public boolean apply(String tenant, String checkId, String serviceType, StepResult r) {
        EligibilityCheck c = EligibilityCheck.findForTenant(tenant, checkId).orElseThrow();
        Instant now = Instant.now();
        Interpretation i = r.interpretation();
        Rejection rej = i == null ? null : i.firstRejection();
        String outcome = i != null ? i.outcome().name() : r.unavailable() != null ? "UNAVAILABLE" : "REJECTED";
        List<EligibilityCheck.Exchange> log = new ArrayList<>(c.exchanges);
        log.add(new EligibilityCheck.Exchange(serviceType, outcome, rej == null ? null : rej.aaaCode(), now));
        c.exchanges = log;
        c.leaseUntil = null;
        if (r.rejectedStatus() != null) {
            needsAttention(c, "GATEWAY", null, null, "gateway refused the inquiry (HTTP " + r.rejectedStatus() + ")");
            return false;
        }
        if (i == null) {
            return retryLater(c, null, "clearinghouse or payer unreachable; retrying later", now);
        }
        c.aaaCode = rej == null ? null : rej.aaaCode();
        switch (i.outcome()) {
            case ANSWERED, INACTIVE -> {
                finish(c, i.summary(), now);
                return false;
            }
            case NEXT_SERVICE_TYPE -> {
                String next = ServiceTypeFallback.next(serviceType);
                if (next == null) {
                    needsAttention(c, "NO_STATUS", null, c.aaaCode,
                            "payer returned no benefits for any behavioral service type");
                    return false;
                }
                c.serviceType = next;
                return true;
            }
            case RETRY_LATER -> {
                return retryLater(c, rej.aaaCode(), rej.message(), now);
            }
            case NO_STATUS -> {
                needsAttention(c, "NO_STATUS", null, null, "271 carries no coverage status; verify with the payer");
                return false;
            }
            default -> {
                needsAttention(c, rej.kind().name(), rej.field(), rej.aaaCode(), rej.message());
                return false;
            }
        }
    }

    private void finish(EligibilityCheck c, BenefitsSummary s, Instant now) {
        c.summary = s;
        c.status = s.active() ? EligibilityCheck.ACTIVE : EligibilityCheck.INACTIVE;
        c.serviceTypeAnswered = s.active() ? c.serviceType : null;
        c.completedAt = now;
        c.expiresAt = now.plus(cacheTtl);
        c.nextAttemptAt = null;
        c.problemField = null;
        c.message = null;
        outbox.publish(EligibilityEvents.ELIGIBILITY_VERIFIED, c.patientId, new EligibilityVerified(c.id,
                c.patientId, c.payerId, c.dateOfService, s.active(), s.coverageStart(), s.coverageEnd(),
                c.serviceTypeAnswered, preferIn(s.copay()), preferIn(s.coinsurancePercent()),
                s.deductible().inNetwork() != null ? s.deductible().inNetwork().remaining() : null,
                s.outOfPocket().inNetwork() != null ? s.outOfPocket().inNetwork().remaining() : null,
                s.priorAuthorizationRequired(), s.carveOutVendor(), s.messages()));
        if (!s.active()) {
            WorkItem.open(c, "INACTIVE_COVERAGE", "coverage", null,
                    "coverage inactive for the date of service: update the patient's coverages");
        }
    }

    private static BigDecimal preferIn(Network<BigDecimal> n) {
        return n.inNetwork() != null ? n.inNetwork() : n.outOfNetwork();
    }

    private boolean retryLater(EligibilityCheck c, String aaa, String message, Instant now) {
        int retry = c.retries + 1;
        Instant next = new RetryPolicy(retryBase, retryMax, maxRetries).nextAttempt(now, retry);
        c.aaaCode = aaa;
        if (next == null) {
            c.status = EligibilityCheck.FAILED;
            c.nextAttemptAt = null;
            c.completedAt = now;
            c.message = "no answer after " + maxRetries + " retries";
            WorkItem.open(c, "RETRIES_EXHAUSTED", null, aaa, c.message);
            problem(c, aaa, null, c.message, false);
            return false;
        }
        c.retries = retry;
        c.status = EligibilityCheck.RETRY_SCHEDULED;
        c.nextAttemptAt = next;
        c.message = message;
        if (retry == 1) {
            problem(c, aaa, null, message, true);
        }
        return false;
    }

    private void needsAttention(EligibilityCheck c, String kind, String field, String aaa, String message) {
        c.status = EligibilityCheck.NEEDS_ATTENTION;
        c.problemField = field;
        c.aaaCode = aaa;
        c.message = message;
        c.completedAt = Instant.now();
        c.nextAttemptAt = null;
        c.leaseUntil = null;
        WorkItem.open(c, kind, field, aaa, message);
        problem(c, aaa, field, message, false);
    }

    private void problem(EligibilityCheck c, String aaa, String field, String message, boolean retryable) {
        outbox.publish(EligibilityEvents.ELIGIBILITY_PROBLEM, c.patientId, new EligibilityProblem(c.id, c.patientId,
                c.payerId, c.dateOfService, aaa, field, message, retryable));
    }
}
