package org.rcm.denial.service;

import org.rcm.platform.events.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.denial.domain.ClaimFact;
import org.rcm.denial.domain.DenialCategorizer;
import org.rcm.denial.domain.DenialCategory;
import org.rcm.denial.domain.DenialCategoryRule;
import org.rcm.denial.domain.PayerPolicy;
import org.rcm.denial.domain.WorkItem;
import org.rcm.denial.domain.WorkItemAudit;
import org.rcm.denial.domain.WorkPriority;
import org.rcm.platform.events.EventJson;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Opens one work item per denied claim payment, in the queue of its category, with deadline and priority. */
@ApplicationScoped
public class DenialService {
    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "rcm.denial.default-appeal-window-days", defaultValue = "180")
    int defaultAppealWindow;
    @ConfigProperty(name = "rcm.denial.default-timely-filing-days", defaultValue = "90")
    int defaultTimelyFiling;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimDenied(ClaimDenied denial) {
        String tenant = tenants.current();
        if (WorkItem.existsForPayment(tenant, denial.paymentId())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<DenialCategorizer.Rule> rules = DenialCategoryRule.visibleTo(tenant).stream()
                .map(DenialCategoryRule::rule).toList();
        DenialCategory category = DenialCategorizer.categorize(denial.adjustments(), denial.remarkCodes(), today,
                rules);
        ClaimFact fact = ClaimFact.find(tenant, denial.claimId()).orElse(null);
        PayerPolicy policy = policy(tenant, denial.payerId());
        WorkItem w = new WorkItem();
        w.id = Ids.newId();
        w.tenantId = tenant;
        w.claimId = denial.claimId();
        w.paymentId = denial.paymentId();
        w.payerId = denial.payerId();
        w.payerClaimControlNumber = denial.payerClaimControlNumber();
        w.category = category;
        w.reasonCodes = denial.adjustments().stream().map(a -> a.group() + "-" + a.reason()).distinct().toList();
        w.remarkCodes = denial.remarkCodes() == null ? List.of() : denial.remarkCodes();
        w.deniedAmount = denial.deniedAmount();
        w.fullDenial = denial.fullDenial();
        w.denialDate = today;
        w.deadline = WorkPriority.deadline(today, policy.appealWindowDays, category,
                fact == null ? null : fact.dateOfService, policy.timelyFilingDays);
        w.priority = WorkPriority.priority(denial.deniedAmount(), w.deadline, today);
        w.status = category == DenialCategory.CONTRACTUAL ? "NOT_A_DENIAL" : "OPEN";
        w.openedAt = Instant.now(clock);
        w.persist();
        WorkItemAudit.record(tenant, w.id, "OPENED", category.name() + " " + String.join(",", w.reasonCodes),
                "system");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimSubmitted(ClaimSubmitted c) {
        List<ClaimFact.Line> lines = c.lines() == null ? List.of() : c.lines().stream().map(l -> new ClaimFact.Line(
                l.lineNumber(), l.code(), l.modifiers() == null ? List.of() : l.modifiers(), l.units(), l.charge()))
                .toList();
        // one statement (create or refresh the fact) instead of insert-if-missing, lock, load and update; a status a
        // transition already recorded is kept
        em.createNativeQuery("INSERT INTO claim_fact AS f (tenant_id, claim_id, patient_control_number, payer_id,"
                        + " provider_id, date_of_service, place_of_service, prior_authorization, lines, total_charge,"
                        + " settled_amount, submitted_at, status) VALUES (?1, ?2, cast(?3 as varchar),"
                        + " coalesce(cast(?4 as varchar), 'unknown'), cast(?5 as varchar),"
                        + " cast(cast(?6 as varchar) as date), cast(?7 as varchar), ?8, cast(?9 as jsonb),"
                        + " coalesce(cast(?10 as numeric), 0), 0, ?11, 'SUBMITTED')"
                        + " ON CONFLICT (tenant_id, claim_id) DO UPDATE SET"
                        + " patient_control_number = excluded.patient_control_number, payer_id = excluded.payer_id,"
                        + " provider_id = excluded.provider_id, date_of_service = excluded.date_of_service,"
                        + " place_of_service = excluded.place_of_service,"
                        + " prior_authorization = excluded.prior_authorization, lines = excluded.lines,"
                        + " total_charge = excluded.total_charge, submitted_at = excluded.submitted_at,"
                        + " status = coalesce(f.status, excluded.status)")
                .setParameter(1, tenants.current()).setParameter(2, c.claimId())
                .setParameter(3, c.patientControlNumber()).setParameter(4, c.payerId())
                .setParameter(5, c.renderingProviderId())
                .setParameter(6, c.dateOfService() == null ? null : c.dateOfService().toString())
                .setParameter(7, c.placeOfService())
                .setParameter(8, c.priorAuthorization() != null && !c.priorAuthorization().isBlank())
                .setParameter(9, EventJson.write(lines)).setParameter(10, c.totalCharge())
                .setParameter(11, java.sql.Timestamp.from(Instant.now(clock))).executeUpdate();
    }

    public PayerPolicy policy(String tenant, String payerId) {
        return PayerPolicy.find(tenant, payerId).orElseGet(() -> {
            PayerPolicy p = new PayerPolicy();
            p.tenantId = tenant;
            p.payerId = payerId;
            p.appealWindowDays = defaultAppealWindow;
            p.timelyFilingDays = defaultTimelyFiling;
            return p;
        });
    }
}
