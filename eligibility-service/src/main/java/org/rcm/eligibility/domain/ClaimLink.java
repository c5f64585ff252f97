package org.rcm.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Optional;

/** Which session a claim bills (from ClaimSubmitted), so a ClaimDenied can be traced to its session. */
@Entity
@Table(name = "claim_link")
@IdClass(ClaimLink.Key.class)
public class ClaimLink extends PanacheEntityBase {
    /** Composite key. */
    public static class Key implements Serializable {
        public String tenantId;
        public String claimId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(tenantId, k.tenantId) && java.util.Objects.equals(claimId, k.claimId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, claimId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "session_id")
    public String sessionId;
    /** A no-auth denial arrived before the claim was known: applied when ClaimSubmitted arrives. */
    @Column(name = "no_auth_denial")
    public boolean noAuthDenial;

    public static Optional<ClaimLink> of(String tenantId, String claimId) {
        return find("tenantId = ?1 and claimId = ?2", tenantId, claimId).firstResultOptional();
    }
}
