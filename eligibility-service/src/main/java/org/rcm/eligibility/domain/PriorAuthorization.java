package org.rcm.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.events.eligibility.AuthorizationUpdated;
import org.rcm.platform.messaging.persistence.Lookups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A payer's prior authorization for a patient: sessions for some codes within a date range. */
@Entity
@Table(name = "prior_authorization")
public class PriorAuthorization extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "authorization_number")
    public String number;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> codes;
    @Column(name = "sessions_authorized")
    public int sessionsAuthorized;
    @Column(name = "units_authorized")
    public Integer unitsAuthorized;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    /** Concurrent-review deadline: the payer wants clinical notes by this date to extend the authorization. */
    @Column(name = "review_due")
    public LocalDate reviewDue;
    @Column(name = "alert_sessions_before")
    public int alertSessionsBefore;
    @Column(name = "alert_days_before")
    public int alertDaysBefore;
    public boolean cancelled;
    @Column(name = "announced_status")
    public String announcedStatus;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<PriorAuthorization> findForTenant(String tenantId, String id) {
        return Lookups.byId(PriorAuthorization.class, id, tenantId, e -> e.tenantId);
    }

    public static List<PriorAuthorization> ofPatientAndPayer(String tenantId, String patientId, String payerId) {
        return list("tenantId = ?1 and patientId = ?2 and payerId = ?3", tenantId, patientId, payerId);
    }

    public int sessionsUsed() {
        return (int) Lookups.count(AuthorizationUsage.class, "authorizationId = ?1 and returned = false", id);
    }

    public String status(LocalDate today) {
        return AuthorizationRules.status(cancelled, sessionsAuthorized, sessionsUsed(), endDate, today);
    }

    public AuthorizationUpdated toEvent(LocalDate today) {
        return new AuthorizationUpdated(id, patientId, payerId, number, codes, sessionsAuthorized, sessionsUsed(),
                startDate, endDate, status(today));
    }
}
