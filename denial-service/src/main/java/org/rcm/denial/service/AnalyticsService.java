package org.rcm.denial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.platform.events.claim.ClaimStatusChanged;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.math.BigDecimal;
import java.time.Instant;

/** Keeps the claim lifecycle facts the KPIs need, from claim, gateway and payment events. */
@ApplicationScoped
public class AnalyticsService {
    @Inject
    TenantContext tenants;
    @Inject
    jakarta.persistence.EntityManager em;

    /**
     * Every claim transition: the claim's status, and its first-pass outcome — the first 999/277CA verdict, read from
     * the claim's own moves (REJECTED, or ACCEPTED; a claim the payer adjudicated passed the front end even when its
     * 277CA came late), so the gateway's acknowledgement events need not be followed as well.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onStatusChanged(ClaimStatusChanged e) {
        // one statement instead of create-if-missing, lock, load and update: every claim transition comes through here
        em.createNativeQuery("INSERT INTO claim_fact AS f (tenant_id, claim_id, patient_control_number, payer_id,"
                        + " total_charge, submitted_at, status, first_pass) VALUES (?1, ?2, cast(?3 as varchar), coalesce(cast(?4 as varchar), 'unknown'),"
                        + " coalesce(cast(?5 as numeric), 0), CASE WHEN cast(?6 as varchar) = 'SUBMITTED' AND cast(?7 as timestamptz) IS NOT NULL THEN cast(?7 as timestamptz) ELSE now() END, cast(?6 as varchar),"
                        + " cast(?8 as varchar))"
                        + " ON CONFLICT (tenant_id, claim_id) DO UPDATE SET status = excluded.status,"
                        + " first_pass = coalesce(f.first_pass, excluded.first_pass),"
                        + " patient_control_number = coalesce(f.patient_control_number, excluded.patient_control_number),"
                        + " payer_id = CASE WHEN f.payer_id = 'unknown' AND cast(?4 as varchar) IS NOT NULL THEN cast(?4 as varchar) ELSE f.payer_id END,"
                        + " total_charge = CASE WHEN f.total_charge = 0 AND cast(?5 as numeric) IS NOT NULL THEN cast(?5 as numeric) ELSE f.total_charge END,"
                        + " submitted_at = CASE WHEN cast(?6 as varchar) = 'SUBMITTED' AND cast(?7 as timestamptz) IS NOT NULL THEN cast(?7 as timestamptz) ELSE f.submitted_at END")
                .setParameter(1, tenants.current()).setParameter(2, e.claimId())
                .setParameter(3, e.patientControlNumber()).setParameter(4, e.payerId())
                .setParameter(5, e.totalCharge()).setParameter(6, e.toStatus())
                .setParameter(7, e.at() == null ? null : java.sql.Timestamp.from(e.at()))
                .setParameter(8, firstPass(e))
                .executeUpdate();
    }

    /** The first-pass verdict a transition carries, or null when it carries none (yet). */
    static String firstPass(ClaimStatusChanged e) {
        String to = e.toStatus() == null ? "" : e.toStatus();
        return switch (to) {
            case "REJECTED" -> "REJECTED";
            // ACCEPTED from an adjudicated status is a reversal: the claim's verdict was recorded long before
            case "ACCEPTED", "PAID", "PARTIALLY_PAID", "DENIED" -> "ACCEPTED";
            default -> null;
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onPaymentPosted(PaymentPosted p) {
        String tenant = tenants.current();
        int inserted = em.createNativeQuery("INSERT INTO adjudication (tenant_id, payment_id, claim_id, payer_id,"
                        + " status, charge, paid, patient, contractual, posted_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, tenant).setParameter(2, p.paymentId()).setParameter(3, p.claimId())
                .setParameter(4, p.payerId()).setParameter(5, p.claimStatus()).setParameter(6, nz(p.chargeAmount()))
                .setParameter(7, nz(p.paidAmount())).setParameter(8, nz(p.patientResponsibility()))
                .setParameter(9, nz(p.contractualAdjustment())).setParameter(10, Instant.now()).executeUpdate();
        if (inserted == 0) {
            return;
        }
        // one upsert: the first outcome that is not a reversal, the payer if still unknown, and what was settled
        String outcome = "REVERSED".equals(p.claimStatus()) ? null : p.claimStatus();
        em.createNativeQuery("INSERT INTO claim_fact AS f (tenant_id, claim_id, payer_id, total_charge, submitted_at,"
                        + " first_outcome, adjudicated_at, settled_amount) VALUES (?1, ?2,"
                        + " coalesce(cast(?3 as varchar), 'unknown'), 0, now(), cast(?4 as varchar),"
                        + " CASE WHEN cast(?4 as varchar) IS NULL THEN NULL ELSE now() END, ?5)"
                        + " ON CONFLICT (tenant_id, claim_id) DO UPDATE SET"
                        + " first_outcome = coalesce(f.first_outcome, excluded.first_outcome),"
                        + " adjudicated_at = CASE WHEN f.first_outcome IS NULL AND excluded.first_outcome IS NOT NULL"
                        + " THEN excluded.adjudicated_at"
                        + " ELSE f.adjudicated_at END,"
                        + " payer_id = CASE WHEN f.payer_id = 'unknown' THEN excluded.payer_id ELSE f.payer_id END,"
                        + " settled_amount = f.settled_amount + excluded.settled_amount")
                .setParameter(1, tenant).setParameter(2, p.claimId()).setParameter(3, p.payerId())
                .setParameter(4, outcome).setParameter(5, nz(p.paidAmount()).add(nz(p.patientResponsibility()))
                        .add(nz(p.contractualAdjustment())))
                .executeUpdate();
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
