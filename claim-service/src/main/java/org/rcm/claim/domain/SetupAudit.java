package org.rcm.claim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** One change of billing setup: entity, id, CREATED/UPDATED, who, when, and the record as saved. */
@Entity
@Table(name = "setup_audit")
public class SetupAudit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String entity;
    @Column(name = "entity_id")
    public String entityId;
    public String action;
    public String actor;
    public Instant at;
    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.Map<String, Object> snapshot;

    public static List<SetupAudit> forTenant(String tenant, String entity, String entityId) {
        StringBuilder q = new StringBuilder("tenantId = :t");
        var p = io.quarkus.panache.common.Parameters.with("t", tenant);
        if (entity != null) {
            q.append(" and entity = :e");
            p = p.and("e", entity);
        }
        if (entityId != null) {
            q.append(" and entityId = :i");
            p = p.and("i", entityId);
        }
        return find(q + " order by id desc", p).page(0, 500).list();
    }
}
