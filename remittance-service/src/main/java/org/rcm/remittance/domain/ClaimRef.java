package org.rcm.remittance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Our copy of a submitted claim's identifiers, so an 835's CLP01 can be matched without calling claim-service. */
@Entity
@Table(name = "claim_ref")
@IdClass(ClaimRef.Key.class)
public class ClaimRef extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "patient_control_number")
    public String patientControlNumber;
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "total_charge")
    public BigDecimal totalCharge;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
    public String responsibility;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ClaimLineRef> lines;

    public record Key(String tenantId, String patientControlNumber) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static Optional<ClaimRef> find(String tenantId, String pcn) {
        return findByIdOptional(new Key(tenantId, pcn));
    }

    public static Optional<ClaimRef> findByClaimId(String tenantId, String claimId) {
        return find("tenantId = ?1 and claimId = ?2", tenantId, claimId).firstResultOptional();
    }

    public ClaimInfo info() {
        return new ClaimInfo(claimId, patientControlNumber, payerId, patientId, totalCharge, dateOfService,
                responsibility, lines == null ? List.of() : lines);
    }
}
