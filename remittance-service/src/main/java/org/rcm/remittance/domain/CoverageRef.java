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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A patient's coverages (payer and order only: no member ids kept here), from CoverageChanged / PatientRegistered. */
@Entity
@Table(name = "coverage_ref")
@IdClass(CoverageRef.Key.class)
public class CoverageRef extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "patient_id")
    public String patientId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<PayerOrder> coverages;

    public record PayerOrder(String payerId, int order, LocalDate effectiveFrom, LocalDate effectiveTo) {
        boolean activeOn(LocalDate d) {
            return d == null || ((effectiveFrom == null || !d.isBefore(effectiveFrom))
                    && (effectiveTo == null || !d.isAfter(effectiveTo)));
        }
    }

    public record Key(String tenantId, String patientId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static Optional<CoverageRef> find(String tenantId, String patientId) {
        return findByIdOptional(new Key(tenantId, patientId));
    }

    /** A coverage with another payer ordered after the primary payer's, active on the date. */
    public static boolean hasSecondary(List<PayerOrder> coverages, String primaryPayerId, LocalDate on) {
        int primaryOrder = coverages.stream().filter(c -> c.payerId().equals(primaryPayerId))
                .mapToInt(PayerOrder::order).min().orElse(1);
        return coverages.stream().anyMatch(c -> c.order() > primaryOrder && !c.payerId().equals(primaryPayerId)
                && c.activeOn(on));
    }
}
