package org.rcm.coding.domain;

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
import org.rcm.coding.domain.rules.TelehealthProfile;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A tenant's own version of a telehealth profile (overrides the built-in default of the same name). */
@Entity
@Table(name = "telehealth_profile")
@IdClass(TenantTelehealthProfile.Key.class)
public class TenantTelehealthProfile extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String name;
    public String description;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<TelehealthProfile.Period> periods;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Composite key. */
    public static class Key implements Serializable {
        public String tenantId;
        public String name;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(tenantId, k.tenantId) && java.util.Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, name);
        }
    }

    public TelehealthProfile toProfile() {
        return new TelehealthProfile(name, description, periods);
    }

    public static Optional<TenantTelehealthProfile> find(String tenantId, String name) {
        return find("tenantId = ?1 and name = ?2", tenantId, name).firstResultOptional();
    }

    public static List<TenantTelehealthProfile> forTenant(String tenantId) {
        return list("tenantId = ?1 order by name", tenantId);
    }
}
