package org.rcm.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.rcm.platform.messaging.persistence.Lookups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One 837P interchange for (tenant, submitter, receiver): the exact bytes sent, their SHA-256 and control numbers.
 * Status: READY → SENDING → SENT (or RETRY → … → SEND_FAILED); ack_status from the 999 (A, E, P, R).
 */
@Entity
// status and acknowledgement moves write the changed columns only, never the 837P bytes again
@DynamicUpdate
@Table(name = "batch")
public class Batch extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "submitter_id")
    public String submitterId;
    @Column(name = "receiver_id")
    public String receiverId;
    public long isa13;
    public long gs06;
    public String st02;
    public int version;
    @Column(name = "file_name")
    public String fileName;
    public byte[] content;
    public String sha256;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "claim_count")
    public int claimCount;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "ack_status")
    public String ackStatus;
    @Column(name = "acked_at")
    public Instant ackedAt;
    public boolean overdue;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;

    public static Optional<Batch> findForTenant(String tenantId, String id) {
        return Lookups.byId(Batch.class, id, tenantId, e -> e.tenantId);
    }

    public static Optional<Batch> findByControl(String partnerId, long gs06, String st02) {
        return find("partnerId = ?1 and gs06 = ?2 and st02 = ?3", partnerId, gs06, st02).firstResultOptional();
    }

    public List<Submission> claims() {
        return Submission.list("batchId", id);
    }
}
