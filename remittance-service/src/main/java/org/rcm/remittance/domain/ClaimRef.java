package org.rcm.remittance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
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

    public record Key(String tenantId, String patientControlNumber) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static Optional<ClaimRef> find(String tenantId, String pcn) {
        return findByIdOptional(new Key(tenantId, pcn));
    }
}
