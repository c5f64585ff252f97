package org.rcm.claim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One fee schedule entry: the charge per unit of a code, optionally for one modifier ("" = any). */
@Entity
@Table(name = "fee")
@IdClass(Fee.Key.class)
public class Fee extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String code;
    @Id
    public String modifier;
    public BigDecimal charge;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<Fee> all(String tenant) {
        return list("tenantId = ?1 order by code, modifier", tenant);
    }

    public static Fee find(String tenant, String code, String modifier) {
        return find("tenantId = ?1 and code = ?2 and modifier = ?3", tenant, code, modifier == null ? "" : modifier)
                .firstResult();
    }

    public static class Key implements Serializable {
        public String tenantId;
        public String code;
        public String modifier;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(code, k.code)
                    && Objects.equals(modifier, k.modifier);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, code, modifier);
        }
    }
}
