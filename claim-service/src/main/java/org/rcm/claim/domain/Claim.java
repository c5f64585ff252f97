package org.rcm.claim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rcm.platform.events.claim.ClaimSubmitted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A professional claim for one session. */
@Entity
@Table(name = "claim")
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
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> diagnoses;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ClaimSubmitted.ClaimLine> lines;
    @Column(name = "total_charge")
    public BigDecimal totalCharge;
    @Enumerated(EnumType.STRING)
    public ClaimStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Claim> findForTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public static boolean existsForSession(String tenantId, String sessionId, int revision) {
        return count("tenantId = ?1 and sessionId = ?2 and codingRevision >= ?3", tenantId, sessionId, revision) > 0;
    }

    public ClaimSubmitted toEvent() {
        return new ClaimSubmitted(id, patientControlNumber, sessionId, practiceId, renderingProviderId, patientId,
                payerId, dateOfService, placeOfService, frequencyCode, payerClaimControlNumber, null, null, null, null,
                null, null, "18", diagnoses, lines, totalCharge, List.of());
    }
}
