package org.rcm.denial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.denial.domain.DenialCategorizer;
import org.rcm.denial.domain.WorkItem;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Instant;
import java.util.UUID;

/** Opens one work item per denied claim payment, in the queue of its category. */
@ApplicationScoped
public class DenialService {
    @Inject
    TenantContext tenants;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onClaimDenied(ClaimDenied denial) {
        String tenant = tenants.current();
        if (WorkItem.existsForPayment(tenant, denial.paymentId())) {
            return;
        }
        WorkItem w = new WorkItem();
        w.id = UUID.randomUUID().toString();
        w.tenantId = tenant;
        w.claimId = denial.claimId();
        w.paymentId = denial.paymentId();
        w.payerId = denial.payerId();
        w.payerClaimControlNumber = denial.payerClaimControlNumber();
        w.category = DenialCategorizer.categorize(denial.adjustments());
        w.reasonCodes = denial.adjustments().stream().map(a -> a.group() + "-" + a.reason()).distinct().toList();
        w.remarkCodes = denial.remarkCodes();
        w.deniedAmount = denial.deniedAmount();
        w.fullDenial = denial.fullDenial();
        w.status = "OPEN";
        w.openedAt = Instant.now();
        w.persist();
    }

}
