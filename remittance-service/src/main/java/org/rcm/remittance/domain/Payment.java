package org.rcm.remittance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rcm.platform.events.gateway.Adjustment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One posted 835 claim payment. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "remittance_id")
    public String remittanceId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "trace_number")
    public String traceNumber;
    @Column(name = "patient_control_number")
    public String patientControlNumber;
    @Column(name = "claim_status_code")
    public String claimStatusCode;
    @Column(name = "claim_id")
    public String claimId;
    public String status;
    @Column(name = "charge_amount")
    public BigDecimal chargeAmount;
    @Column(name = "paid_amount")
    public BigDecimal paidAmount;
    @Column(name = "patient_responsibility")
    public BigDecimal patientResponsibility;
    @Column(name = "contractual_adjustment")
    public BigDecimal contractualAdjustment;
    @Column(name = "denied_amount")
    public BigDecimal deniedAmount;
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Adjustment> adjustments;
    @Column(name = "posted_at")
    public Instant postedAt;

    public static Optional<Payment> findForTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public static boolean alreadyPosted(String tenantId, String payerId, String trace, String pcn, String status) {
        return count("tenantId = ?1 and payerId = ?2 and traceNumber = ?3 and patientControlNumber = ?4"
                + " and claimStatusCode = ?5", tenantId, payerId, trace, pcn, status) > 0;
    }
}
