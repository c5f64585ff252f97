package org.rcm.remittance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a claim's posting history: POSTED, REVERSED, UNMATCHED, MATCHED. */
@Entity
@Table(name = "posting_history")
public class PostingHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "payment_id")
    public String paymentId;
    @Column(name = "claim_id")
    public String claimId;
    public String action;
    public String detail;
    public String actor;
    public Instant at;

    public static void record(String tenant, String paymentId, String claimId, String action, String detail,
                              String actor) {
        PostingHistory h = new PostingHistory();
        h.tenantId = tenant;
        h.paymentId = paymentId;
        h.claimId = claimId;
        h.action = action;
        h.detail = detail;
        h.actor = actor;
        h.at = Instant.now();
        h.persist();
    }
}
