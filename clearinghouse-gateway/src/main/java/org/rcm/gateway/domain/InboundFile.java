package org.rcm.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A file received from a partner, archived with its hash before parsing. Status: RECEIVED → APPLIED, DUPLICATE
 * (an ERA already applied), REJECTED (syntax: detail has the TA1/999 codes; nothing applied) or UNMATCHED.
 */
@Entity
// status moves write the changed columns only, never the file's bytes again
@DynamicUpdate
@Table(name = "inbound_file")
public class InboundFile extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "file_name")
    public String fileName;
    public byte[] content;
    public String sha256;
    @Column(name = "file_type")
    public String fileType;
    public String status;
    public String detail;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "applied_at")
    public Instant appliedAt;
}
