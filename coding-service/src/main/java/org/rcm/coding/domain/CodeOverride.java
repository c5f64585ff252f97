package org.rcm.coding.domain;

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
import java.util.Map;

/** Audit record of a coder override: who, when, why, and the codes before and after. Never updated. */
@Entity
@Table(name = "code_override")
public class CodeOverride extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "session_id", nullable = false)
    public String sessionId;
    public int revision;
    public String actor;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> before;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> after;
    @Column(name = "overridden_at")
    public Instant overriddenAt;

    public static List<CodeOverride> forSession(String tenantId, String sessionId) {
        return list("tenantId = ?1 and sessionId = ?2 order by revision", tenantId, sessionId);
    }
}
