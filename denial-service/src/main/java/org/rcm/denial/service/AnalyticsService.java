package org.rcm.denial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.denial.domain.ClaimFact;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void onStatusChanged(ClaimStatusChanged e) {
        ClaimFact f = ClaimFact.findOrCreate(tenants.current(), e.claimId());
        f.status = e.toStatus();
        if (f.patientControlNumber == null) {
            f.patientControlNumber = e.patientControlNumber();
        }
        if ("unknown".equals(f.payerId) && e.payerId() != null) {
            f.payerId = e.payerId();
        }
        if (f.totalCharge.signum() == 0 && e.totalCharge() != null) {
            f.totalCharge = e.totalCharge();
        }
        if ("SUBMITTED".equals(e.toStatus()) && e.at() != null && f.status != null) {
            f.submittedAt = e.at();
        }
    }

    /** First-pass acceptance: only the first 999/277CA outcome of a claim counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onFirstPass(String claimId, boolean accepted) {
        ClaimFact f = ClaimFact.findOrCreate(tenants.current(), claimId);
        if (f.firstPass == null) {
            f.firstPass = accepted ? "ACCEPTED" : "REJECTED";
        }
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
        ClaimFact f = ClaimFact.findOrCreate(tenant, p.claimId());
        if (f.firstOutcome == null && !"REVERSED".equals(p.claimStatus())) {
            f.firstOutcome = p.claimStatus();
            f.adjudicatedAt = Instant.now();
        }
        if ("unknown".equals(f.payerId)) {
            f.payerId = p.payerId();
        }
        f.settledAmount = f.settledAmount.add(nz(p.paidAmount())).add(nz(p.patientResponsibility()))
                .add(nz(p.contractualAdjustment()));
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
