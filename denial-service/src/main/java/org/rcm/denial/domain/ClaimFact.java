package org.rcm.denial.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
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

    /**
     * The claim's row, created from whichever lifecycle event arrives first, and locked for this transaction.
     * Events of one claim arrive on several topics and are handled concurrently: the insert is
     * {@code ON CONFLICT DO NOTHING} (a second inserter waits for the first and then finds its row) and the row is
     * read {@code FOR UPDATE}, so two handlers never both create it nor overwrite each other's changes.
     */
    public static ClaimFact findOrCreate(String tenantId, String claimId) {
        getEntityManager().createNativeQuery("INSERT INTO claim_fact (tenant_id, claim_id, payer_id, lines,"
                        + " total_charge, settled_amount, submitted_at, prior_authorization)"
                        + " VALUES (?1, ?2, 'unknown', '[]'::jsonb, 0, 0, now(), false) ON CONFLICT DO NOTHING")
                .setParameter(1, tenantId).setParameter(2, claimId).executeUpdate();
        return getEntityManager().find(ClaimFact.class, new Key(tenantId, claimId),
                LockModeType.PESSIMISTIC_WRITE);
    }

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
