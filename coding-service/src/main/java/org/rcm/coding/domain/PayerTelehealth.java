package org.rcm.coding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** Which telehealth profile a tenant's payer uses (from PayerProfileChanged or set through REST). */
@Entity
@Table(name = "payer_telehealth")
@IdClass(PayerTelehealth.Key.class)
public class PayerTelehealth extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "profile_name")
    public String profileName;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Composite key. */
    public static class Key implements Serializable {
        public String tenantId;
        public String payerId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(tenantId, k.tenantId) && java.util.Objects.equals(payerId, k.payerId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, payerId);
        }
    }

    public static Optional<PayerTelehealth> find(String tenantId, String payerId) {
        return find("tenantId = ?1 and payerId = ?2", tenantId, payerId).firstResultOptional();
    }
}
