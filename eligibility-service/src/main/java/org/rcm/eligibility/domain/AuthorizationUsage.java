package org.rcm.eligibility.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A documented session counted against an authorization; one per session whatever its coding revisions. */
@Entity
@Table(name = "authorization_usage")
@IdClass(AuthorizationUsage.Key.class)
public class AuthorizationUsage extends PanacheEntityBase {
    /** Composite key. */
    public static class Key implements Serializable {
        public String tenantId;
        public String sessionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(tenantId, k.tenantId) && java.util.Objects.equals(sessionId, k.sessionId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, sessionId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "authorization_id")
    public String authorizationId;
    public int revision;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
    public int units;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> codes;
    @Column(name = "claim_id")
    public String claimId;
    /** True when a denial for no authorization gave the session back to the count. */
    public boolean returned;
    @Column(name = "returned_reason")
    public String returnedReason;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<AuthorizationUsage> of(String tenantId, String sessionId) {
        return find("tenantId = ?1 and sessionId = ?2", tenantId, sessionId).firstResultOptional();
    }

    public static List<AuthorizationUsage> ofAuthorization(String authorizationId) {
        return list("authorizationId = ?1 order by dateOfService", authorizationId);
    }
}
