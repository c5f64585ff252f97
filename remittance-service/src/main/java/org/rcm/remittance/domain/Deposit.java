package org.rcm.remittance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.rcm.platform.messaging.persistence.Lookups;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A bank deposit (EFT or check) entered by a user, reconciled against an ERA by trace number and amount. */
@Entity
@Table(name = "deposit")
public class Deposit extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "trace_number")
    public String traceNumber;
    public BigDecimal amount;
    @Column(name = "deposit_date")
    public LocalDate depositDate;
    @Column(name = "bank_reference")
    public String bankReference;
    /** RECONCILED, AMOUNT_MISMATCH or UNMATCHED (no ERA with that trace yet). */
    public String status;
    @Column(name = "remittance_id")
    public String remittanceId;
    public BigDecimal difference;
    @Column(name = "entered_by")
    public String enteredBy;
    @Column(name = "entered_at")
    public Instant enteredAt;

    public static Optional<Deposit> findForTenant(String tenantId, String id) {
        return Lookups.byId(Deposit.class, id, tenantId, e -> e.tenantId);
    }

    /** Reconciles against the ERA header with the same trace (BPR02 = deposit amount). */
    public void reconcile(RemittanceAdvice era) {
        if (era == null) {
            status = "UNMATCHED";
            remittanceId = null;
            difference = null;
            return;
        }
        remittanceId = era.remittanceId;
        difference = amount.subtract(era.paymentAmount);
        status = difference.signum() == 0 ? "RECONCILED" : "AMOUNT_MISMATCH";
    }
}
