package org.rcm.denial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Opens one work item per denied claim payment, in the queue of its category, with deadline and priority. */
@ApplicationScoped
public class DenialService {
    @Inject
    TenantContext tenants;
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
        w.id = UUID.randomUUID().toString();
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
        String tenant = tenants.current();
        ClaimFact f = ClaimFact.findOrCreate(tenant, c.claimId());
        f.patientControlNumber = c.patientControlNumber();
        f.payerId = c.payerId();
        f.providerId = c.renderingProviderId();
        f.dateOfService = c.dateOfService();
        f.placeOfService = c.placeOfService();
        f.priorAuthorization = c.priorAuthorization() != null && !c.priorAuthorization().isBlank();
        f.lines = c.lines() == null ? List.of() : c.lines().stream().map(l -> new ClaimFact.Line(l.lineNumber(),
                l.code(), l.modifiers() == null ? List.of() : l.modifiers(), l.units(), l.charge())).toList();
        f.totalCharge = c.totalCharge();
        f.submittedAt = Instant.now(clock);
        if (f.status == null) {
            f.status = "SUBMITTED";
        }
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
