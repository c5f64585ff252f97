package org.rcm.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.events.claim.ClaimSubmitted;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A claim queued for the clearinghouse (batched into an 837P interchange by the outbound stage). */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "patient_control_number")
    public String patientControlNumber;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "frequency_code")
    public String frequencyCode;
    @Column(name = "total_charge")
    public BigDecimal totalCharge;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ClaimSubmitted claim;
    public String status;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "batch_id")
    public String batchId;
    @Column(name = "payer_claim_number")
    public String payerClaimNumber;
    @Column(name = "status_detail")
    public String statusDetail;

    public static Optional<Submission> findForTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** The latest submission of a patient control number sent to a partner (inbound 277CA/835 matching). */
    public static Optional<Submission> findSent(String partnerId, String patientControlNumber) {
        return find("partnerId = ?1 and patientControlNumber = ?2 and batchId is not null order by receivedAt desc",
                partnerId, patientControlNumber).firstResultOptional();
    }

    public static Optional<Submission> findByClaim(String tenantId, String claimId) {
        return find("tenantId = ?1 and claimId = ?2", tenantId, claimId).firstResultOptional();
    }
}
