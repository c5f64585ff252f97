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
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.eligibility.Coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One insurance coverage of a patient, in order (1 primary, 2 secondary, 3 tertiary). */
@Entity
@Table(name = "coverage")
public class PatientCoverage extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "coverage_order")
    public int order;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "payer_name")
    public String payerName;
    @Column(name = "member_id")
    public String memberId;
    @Column(name = "group_number")
    public String groupNumber;
    public String relationship;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ClaimSubmitted.Person subscriber;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public static List<PatientCoverage> ofPatient(String tenantId, String patientId) {
        return list("tenantId = ?1 and patientId = ?2 order by order", tenantId, patientId);
    }

    /** The coverage to check: the given payer's, else the first in order that is in force on the date. */
    public static Optional<PatientCoverage> forCheck(String tenantId, String patientId, String payerId,
                                                     LocalDate dos) {
        return ofPatient(tenantId, patientId).stream()
                .filter(c -> payerId == null ? c.inForce(dos) : payerId.equals(c.payerId)).findFirst();
    }

    public boolean inForce(LocalDate d) {
        return (effectiveFrom == null || !d.isBefore(effectiveFrom)) && (effectiveTo == null || !d.isAfter(effectiveTo));
    }

    public Coverage toEvent() {
        return new Coverage(id, payerId, order, memberId, groupNumber, relationship,
                "18".equals(relationship) ? null : subscriber, effectiveFrom, effectiveTo);
    }
}
