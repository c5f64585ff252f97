package org.rcm.denial.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What denial-service keeps of a submitted claim (no patient names or member ids). */
@Entity
// a fact update writes the changed columns only, not the lines document again
@DynamicUpdate
@Table(name = "claim_fact")
@IdClass(ClaimFact.Key.class)
public class ClaimFact extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "patient_control_number")
    public String patientControlNumber;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "provider_id")
    public String providerId;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
    @Column(name = "place_of_service")
    public String placeOfService;
    @Column(name = "prior_authorization")
    public boolean priorAuthorization;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Line> lines;
    @Column(name = "total_charge")
    public BigDecimal totalCharge;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    public String status;
    /** ACCEPTED or REJECTED: the first 999/277CA outcome. */
    @Column(name = "first_pass")
    public String firstPass;
    /** The first adjudication (PaymentPosted status). */
    @Column(name = "first_outcome")
    public String firstOutcome;
    @Column(name = "adjudicated_at")
    public Instant adjudicatedAt;
    /** Paid + contractual + patient share + written off: total charge − settled = open A/R. */
    @Column(name = "settled_amount")
    public BigDecimal settledAmount;

    public record Line(int lineNumber, String code, List<String> modifiers, int units, BigDecimal charge) {
    }

    public record Key(String tenantId, String claimId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static Optional<ClaimFact> find(String tenantId, String claimId) {
        return findByIdOptional(new Key(tenantId, claimId));
    }
}
