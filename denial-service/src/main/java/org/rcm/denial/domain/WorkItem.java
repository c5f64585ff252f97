package org.rcm.denial.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.messaging.persistence.Lookups;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A denial to work: one per denied claim payment. Status OPEN, APPEALED, PENDING_APPROVAL, RESOLVED or NOT_A_DENIAL
 * (contractual only).
 */
@Entity
@Table(name = "work_item")
public class WorkItem extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "payment_id")
    public String paymentId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    @Enumerated(EnumType.STRING)
    public DenialCategory category;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "reason_codes")
    public List<String> reasonCodes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "remark_codes")
    public List<String> remarkCodes;
    @Column(name = "denied_amount")
    public BigDecimal deniedAmount;
    @Column(name = "full_denial")
    public boolean fullDenial;
    public String status;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "denial_date")
    public LocalDate denialDate;
    public LocalDate deadline;
    public BigDecimal priority;
    @Column(name = "assigned_to")
    public String assignedTo;
    /** CORRECTED, APPEALED, APPEAL_WON, APPEAL_LOST, WRITTEN_OFF, TRANSFERRED_TO_PATIENT. */
    public String resolution;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    /** SUBMITTED, WON, LOST. */
    @Column(name = "appeal_status")
    public String appealStatus;
    @Column(name = "appeal_letter")
    public String appealLetter;
    @Column(name = "write_off_reason")
    public String writeOffReason;

    public static Optional<WorkItem> findForTenant(String tenantId, String id) {
        return Lookups.byId(WorkItem.class, id, tenantId, e -> e.tenantId);
    }

    public static boolean existsForPayment(String tenantId, String paymentId) {
        return Lookups.count(WorkItem.class, "tenantId = ?1 and paymentId = ?2", tenantId, paymentId) > 0;
    }
}
