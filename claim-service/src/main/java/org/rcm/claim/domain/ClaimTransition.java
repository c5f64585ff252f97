package org.rcm.claim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * One step of a claim's history: who moved it from which state to which, why and when. Ids come from the table's
 * sequence in blocks of 50 per replica (no round trip per row, so a claim built with its first four steps inserts
 * them in one batch); a block is per replica, so the history is ordered by time, then id.
 */
@Entity
@Table(name = "claim_transition")
public class ClaimTransition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_transition_ids")
    @SequenceGenerator(name = "claim_transition_ids", sequenceName = "claim_transition_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "tenant_id")
    public String tenantId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ClaimStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ClaimStatus toStatus;
    public String actor;
    public String reason;
    public Instant at;

    public static List<ClaimTransition> history(String tenantId, String claimId) {
        return list("tenantId = ?1 and claimId = ?2 order by at, id", tenantId, claimId);
    }
}
