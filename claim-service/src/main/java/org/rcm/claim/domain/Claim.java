package org.rcm.claim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.claim.domain.scrub.Edit;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.persistence.Lookups;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A professional claim for one session. */
@Entity
@Table(name = "claim")
// a lifecycle move changes status and updated_at only: update those columns, not the eleven JSON documents
@DynamicUpdate
public class Claim extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "patient_control_number")
    public String patientControlNumber;
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "coding_revision")
    public int codingRevision;
    @Column(name = "practice_id")
    public String practiceId;
    @Column(name = "rendering_provider_id")
    public String renderingProviderId;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
    @Column(name = "place_of_service")
    public String placeOfService;
    @Column(name = "frequency_code")
    public String frequencyCode;
    /** The payer's claim control number (ICN) of this claim, from the 277CA or the 835. */
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    /** REF*F8 of a replacement (7) or void (8): the payer's control number of the claim it replaces. */
    @Column(name = "replaces_control_number")
    public String replacesControlNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> diagnoses;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ClaimSubmitted.ClaimLine> lines;
    @Column(name = "total_charge")
    public BigDecimal totalCharge;
    @Enumerated(EnumType.STRING)
    public ClaimStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "billing_provider")
    public ClaimSubmitted.Provider billingProvider;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "rendering_provider")
    public ClaimSubmitted.Provider renderingProvider;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ClaimSubmitted.Payer payer;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ClaimSubmitted.Person subscriber;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ClaimSubmitted.Person patient;
    @Column(name = "billing_contact_phone")
    public String billingContactPhone;
    @Column(name = "billing_tax_id_type")
    public String billingTaxIdType;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "pay_to_address")
    public ClaimSubmitted.Address payToAddress;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "supervising_provider")
    public ClaimSubmitted.Provider supervisingProvider;
    @Column(name = "patient_relationship")
    public String patientRelationship;
    @Column(name = "prior_authorization")
    public String priorAuthorization;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "other_payers")
    public List<ClaimSubmitted.OtherPayer> otherPayers;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Edit> edits;
    /**
     * History of a claim being built that is not persisted yet: its transitions wait here and are persisted right
     * after the claim, so the claim is inserted once, complete (see ClaimService#onCodesAssigned).
     */
    @Transient
    public List<ClaimTransition> unsavedHistory;
    /** null for an original claim; REPLACEMENT, VOID or SECONDARY (then relatedClaimId is the claim it follows). */
    public String relation;
    @Column(name = "related_claim_id")
    public String relatedClaimId;
    @Column(name = "paid_amount")
    public BigDecimal paidAmount;
    @Column(name = "patient_responsibility")
    public BigDecimal patientResponsibility;
    @Column(name = "contractual_adjustment")
    public BigDecimal contractualAdjustment;
    public BigDecimal deductible;
    public BigDecimal coinsurance;
    public BigDecimal copay;
    @Column(name = "adjudicated_at")
    public Instant adjudicatedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Claim> findForTenant(String tenantId, String id) {
        return Lookups.byId(Claim.class, id, tenantId, e -> e.tenantId);
    }

    public static Optional<Claim> originalForSession(String tenantId, String sessionId) {
        return find("tenantId = ?1 and sessionId = ?2 and relation is null order by codingRevision desc", tenantId,
                sessionId).firstResultOptional();
    }

    public static List<Claim> related(String tenantId, String claimId) {
        return list("tenantId = ?1 and relatedClaimId = ?2 order by createdAt", tenantId, claimId);
    }

    public ClaimSubmitted toEvent() {
        return new ClaimSubmitted(id, patientControlNumber, sessionId, practiceId, renderingProviderId, patientId,
                payerId, dateOfService, placeOfService, frequencyCode,
                "1".equals(frequencyCode) ? null : replacesControlNumber, priorAuthorization, billingProvider,
                renderingProvider, payer, subscriber, patient, patientRelationship, diagnoses, lines, totalCharge,
                otherPayers == null ? List.of() : otherPayers, billingContactPhone, billingTaxIdType, payToAddress,
                supervisingProvider);
    }
}
