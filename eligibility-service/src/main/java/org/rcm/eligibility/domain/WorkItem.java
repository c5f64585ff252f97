package org.rcm.eligibility.domain;

import org.rcm.platform.events.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.rcm.platform.messaging.persistence.Lookups;

import java.time.Instant;
import java.util.Optional;

/**
 * Something a person must do before coverage can be confirmed: fix a registration field (AAA 72, 73, 75, 58…),
 * sort out provider enrolment (AAA 50…), update an inactive coverage, or look at a check whose retries ran out.
 */
@Entity
@Table(name = "work_item")
public class WorkItem extends PanacheEntityBase {
    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "check_id")
    public String checkId;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "payer_id")
    public String payerId;
    /** FIX_DATA, PROVIDER_SETUP, INACTIVE_COVERAGE, NO_STATUS, RETRIES_EXHAUSTED, GATEWAY. */
    public String kind;
    public String field;
    @Column(name = "aaa_code")
    public String aaaCode;
    public String message;
    public String status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;

    public static WorkItem open(EligibilityCheck c, String kind, String field, String aaaCode, String message) {
        WorkItem w = new WorkItem();
        w.id = Ids.newId();
        w.tenantId = c.tenantId;
        w.checkId = c.id;
        w.patientId = c.patientId;
        w.payerId = c.payerId;
        w.kind = kind;
        w.field = field;
        w.aaaCode = aaaCode;
        w.message = message;
        w.status = OPEN;
        w.createdAt = Instant.now();
        w.persist();
        return w;
    }

    public static Optional<WorkItem> findForTenant(String tenantId, String id) {
        return Lookups.byId(WorkItem.class, id, tenantId, e -> e.tenantId);
    }
}
