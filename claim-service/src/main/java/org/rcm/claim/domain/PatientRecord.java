package org.rcm.claim.domain;

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
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.eligibility.Coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** claim-service's copy of a patient's demographics and ordered coverages (PatientRegistered, CoverageChanged). */
@Entity
@Table(name = "patient")
@IdClass(TenantKey.class)
public class PatientRecord extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String id;
    @Column(name = "practice_id")
    public String practiceId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ClaimSubmitted.Person demographics;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Coverage> coverages;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<PatientRecord> find(String tenant, String id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    /** The coverages in force on the date, in order (1 primary, 2 secondary…). */
    public List<Coverage> activeOn(LocalDate dos) {
        if (coverages == null) {
            return List.of();
        }
        return coverages.stream()
                .filter(c -> dos == null || ((c.effectiveFrom() == null || !c.effectiveFrom().isAfter(dos))
                        && (c.effectiveTo() == null || !c.effectiveTo().isBefore(dos))))
                .sorted(java.util.Comparator.comparingInt(Coverage::order))
                .toList();
    }
}
