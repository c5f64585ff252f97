package org.rcm.remittance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.messaging.persistence.Lookups;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One posted (or unmatched) 835 claim payment. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "dedupe_key")
    public String dedupeKey;
    @Column(name = "remittance_id")
    public String remittanceId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "trace_number")
    public String traceNumber;
    @Column(name = "payment_date")
    public LocalDate paymentDate;
    @Column(name = "patient_control_number")
    public String patientControlNumber;
    @Column(name = "claim_status_code")
    public String claimStatusCode;
    @Column(name = "claim_id")
    public String claimId;
    /** PAID, PARTIALLY_PAID, DENIED, REVERSED or UNMATCHED. */
    public String status;
    @Column(name = "charge_amount")
    public BigDecimal chargeAmount;
    @Column(name = "paid_amount")
    public BigDecimal paidAmount;
    @Column(name = "allowed_amount")
    public BigDecimal allowedAmount;
    @Column(name = "patient_responsibility")
    public BigDecimal patientResponsibility;
    public BigDecimal deductible;
    public BigDecimal coinsurance;
    public BigDecimal copay;
    @Column(name = "contractual_adjustment")
    public BigDecimal contractualAdjustment;
    @Column(name = "denied_amount")
    public BigDecimal deniedAmount;
    public BigDecimal interest;
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Adjustment> adjustments;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "remark_codes")
    public List<String> remarkCodes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<PostedLine> lines;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Candidates.Candidate> candidates;
    /** The 835 input, kept while unmatched so a user's match can post it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public RemitClaim remit;
    @Column(name = "reverses_payment_id")
    public String reversesPaymentId;
    @Column(name = "reversed_by_payment_id")
    public String reversedByPaymentId;
    @Column(name = "matched_by")
    public String matchedBy;
    @Column(name = "posted_at")
    public Instant postedAt;

    public static Optional<Payment> findForTenant(String tenantId, String id) {
        return Lookups.byId(Payment.class, id, tenantId, e -> e.tenantId);
    }

    public static boolean alreadyPosted(String tenantId, String dedupeKey) {
        return Lookups.count(Payment.class, "tenantId = ?1 and dedupeKey = ?2", tenantId, dedupeKey) > 0;
    }

    public static Optional<Payment> latestActive(String tenantId, String claimId, String payerId) {
        return find("tenantId = ?1 and claimId = ?2 and payerId = ?3 and status <> 'REVERSED'"
                + " and reversedByPaymentId is null order by postedAt desc", tenantId, claimId, payerId)
                .firstResultOptional();
    }

    public static List<Payment> unmatchedFor(String tenantId, String pcn) {
        return list("tenantId = ?1 and patientControlNumber = ?2 and status = 'UNMATCHED'", tenantId, pcn);
    }

    /** Copies a posting's amounts onto this row. */
    public void apply(Posting p) {
        status = p.status();
        paidAmount = p.paid();
        allowedAmount = p.allowed();
        patientResponsibility = p.patientResponsibility();
        deductible = p.deductible();
        coinsurance = p.coinsurance();
        copay = p.copay();
        contractualAdjustment = p.contractual();
        deniedAmount = p.denied();
        interest = p.interest();
        adjustments = p.adjustments();
        remarkCodes = p.remarkCodes();
    }
}
