package org.rcm.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.eligibility.benefits.BenefitsSummary;
import org.rcm.platform.messaging.persistence.Lookups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One coverage check run for (patient, payer, date of service): the 270/271 exchanges it made (one service type
 * each), its retry schedule and its outcome. A finished result is reused (cached) until {@link #expiresAt}.
 */
@Entity
// a status or lease move writes the changed columns only, not the X12 exchanges again
@DynamicUpdate
@Table(name = "eligibility_check")
public class EligibilityCheck extends PanacheEntityBase {
    /** Waiting for the runner. */
    public static final String PENDING = "PENDING";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    /** "Try later" answer (AAA 42, gateway 502/503/504): the runner picks it up at {@link #nextAttemptAt}. */
    public static final String RETRY_SCHEDULED = "RETRY_SCHEDULED";
    public static final String ACTIVE = "ACTIVE";
    public static final String INACTIVE = "INACTIVE";
    /** A person must fix data or setup (work item open). */
    public static final String NEEDS_ATTENTION = "NEEDS_ATTENTION";
    /** Retries exhausted. */
    public static final String FAILED = "FAILED";
    /** The patient or a coverage for the payer is not registered yet; registration re-queues it. */
    public static final String AWAITING_REGISTRATION = "AWAITING_REGISTRATION";

    public static final List<String> OPEN = List.of(PENDING, IN_PROGRESS, RETRY_SCHEDULED, AWAITING_REGISTRATION);
    /** Reused whatever their age: still running, or stopped on a problem a person must fix first. */
    static final List<String> REUSED = List.of(PENDING, IN_PROGRESS, RETRY_SCHEDULED, AWAITING_REGISTRATION,
            NEEDS_ATTENTION);

    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
    public String trigger;
    @Column(name = "source_id")
    public String sourceId;
    public String status;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "service_type")
    public String serviceType;
    @Column(name = "service_type_answered")
    public String serviceTypeAnswered;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Exchange> exchanges = new ArrayList<>();
    public int retries;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public BenefitsSummary summary;
    @Column(name = "aaa_code")
    public String aaaCode;
    @Column(name = "problem_field")
    public String problemField;
    public String message;
    @Column(name = "provider_npi")
    public String providerNpi;
    @Column(name = "provider_name")
    public String providerName;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;

    /** One 270/271 round trip: the service type asked, what came back, when. */
    public record Exchange(String serviceType, String outcome, String aaaCode, Instant at) {
    }

    public static Optional<EligibilityCheck> findForTenant(String tenantId, String id) {
        return Lookups.byId(EligibilityCheck.class, id, tenantId, e -> e.tenantId);
    }

    /**
     * A check that answers for this key now: still running, waiting for a fix, or finished (active/inactive) and not
     * expired, for a
     * date of service in the same calendar month (benefits and accumulators are read per month).
     */
    /** The statuses are constants written into the query (not list parameters), so Hibernate caches its SQL. */
    private static final String REUSABLE = "tenantId = ?1 and patientId = ?2 and payerId = ?3 and dateOfService >= ?4"
            + " and dateOfService < ?5 and (status in (" + literals(REUSED) + ") or (status in ('" + ACTIVE + "', '"
            + INACTIVE + "') and expiresAt > ?6)) order by requestedAt desc";

    private static String literals(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }

    public static Optional<EligibilityCheck> reusable(String tenantId, String patientId, String payerId,
                                                      LocalDate dos, Instant now) {
        LocalDate from = dos.withDayOfMonth(1);
        LocalDate to = from.plusMonths(1);
        return find(REUSABLE, tenantId, patientId, payerId, from, to, now).firstResultOptional();
    }
}
