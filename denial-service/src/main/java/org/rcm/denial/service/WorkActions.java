package org.rcm.denial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.denial.domain.AppealLetter;
import org.rcm.denial.domain.ClaimFact;
import org.rcm.denial.domain.WorkItem;
import org.rcm.denial.domain.WorkItemAudit;
import org.rcm.denial.domain.WriteOffPolicy;
import org.rcm.platform.events.denial.ClaimCorrectionRequested;
import org.rcm.platform.events.denial.DenialEvents;
import org.rcm.platform.events.denial.DenialResolved;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The actions on a work item; each is audited, and each that closes it publishes DenialResolved. */
@ApplicationScoped
public class WorkActions {
    @Inject
    TenantContext tenants;
    @Inject
    Outbox outbox;
    @ConfigProperty(name = "rcm.denial.write-off-approval-threshold", defaultValue = "100.00")
    BigDecimal writeOffThreshold;

    @Transactional
    public WorkItem assign(String id, String user) {
        WorkItem w = load(id);
        w.assignedTo = user;
        audit(w, "ASSIGNED", "to " + user);
        return w;
    }

    @Transactional
    public WorkItem correct(String id, String correctionType, String reason,
                            List<ClaimCorrectionRequested.LineChange> lineChanges, String priorAuthorization) {
        WorkItem w = loadOpen(id);
        if (w.payerClaimControlNumber == null || w.payerClaimControlNumber.isBlank()) {
            throw ApiException.invalid("payerClaimControlNumber", "the denial has no payer claim control number");
        }
        outbox.publish(DenialEvents.CLAIM_CORRECTION_REQUESTED, w.claimId, new ClaimCorrectionRequested(w.claimId,
                w.id, correctionType, w.payerClaimControlNumber, reason, tenants.actor(),
                lineChanges == null ? List.of() : lineChanges, priorAuthorization));
        audit(w, "CORRECTED", correctionType + ": " + reason);
        return resolve(w, "CORRECTED", reason);
    }

    @Transactional
    public WorkItem appeal(String id, String reason) {
        WorkItem w = loadOpen(id);
        ClaimFact f = ClaimFact.find(w.tenantId, w.claimId).orElse(null);
        Map<String, String> facts = new HashMap<>();
        facts.put("payerId", w.payerId);
        facts.put("patientControlNumber", f == null ? w.claimId : f.patientControlNumber);
        facts.put("payerClaimControlNumber", w.payerClaimControlNumber);
        facts.put("dateOfService", f == null || f.dateOfService == null ? null : f.dateOfService.toString());
        facts.put("chargeAmount", f == null ? null : f.totalCharge.toPlainString());
        facts.put("deniedAmount", w.deniedAmount.toPlainString());
        facts.put("reasonCodes", String.join(", ", w.reasonCodes));
        facts.put("remarkCodes", String.join(", ", w.remarkCodes));
        facts.put("services", f == null ? null : f.lines.stream()
                .map(l -> l.code() + (l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers()))
                        + " x" + l.units() + " " + l.charge().toPlainString())
                .collect(Collectors.joining("; ")));
        facts.put("category", w.category.name().toLowerCase().replace('_', ' '));
        facts.put("reason", reason);
        facts.put("deadline", w.deadline == null ? null : w.deadline.toString());
        w.appealLetter = AppealLetter.render(facts);
        w.appealStatus = "SUBMITTED";
        w.status = "APPEALED";
        audit(w, "APPEALED", reason);
        return w;
    }

    @Transactional
    public WorkItem appealOutcome(String id, boolean won, String note) {
        WorkItem w = load(id);
        if (!"APPEALED".equals(w.status)) {
            throw ApiException.conflict("the work item has no pending appeal");
        }
        w.appealStatus = won ? "WON" : "LOST";
        audit(w, won ? "APPEAL_WON" : "APPEAL_LOST", note);
        return resolve(w, won ? "APPEAL_WON" : "APPEAL_LOST", note);
    }

    @Transactional
    public WorkItem writeOff(String id, String reason, boolean actorIsAdmin) {
        WorkItem w = loadOpen(id);
        w.writeOffReason = reason;
        if (WriteOffPolicy.needsApproval(w.deniedAmount, writeOffThreshold, actorIsAdmin)) {
            w.status = "PENDING_APPROVAL";
            audit(w, "WRITE_OFF_REQUESTED", reason);
            return w;
        }
        audit(w, "WRITTEN_OFF", reason);
        return resolve(w, "WRITTEN_OFF", reason);
    }

    @Transactional
    public WorkItem approveWriteOff(String id) {
        WorkItem w = load(id);
        if (!"PENDING_APPROVAL".equals(w.status)) {
            throw ApiException.conflict("no write-off awaits approval");
        }
        audit(w, "WRITE_OFF_APPROVED", w.writeOffReason);
        return resolve(w, "WRITTEN_OFF", w.writeOffReason);
    }

    @Transactional
    public WorkItem transferToPatient(String id, String reason) {
        WorkItem w = loadOpen(id);
        audit(w, "TRANSFERRED_TO_PATIENT", reason);
        return resolve(w, "TRANSFERRED_TO_PATIENT", reason);
    }

    private WorkItem resolve(WorkItem w, String action, String reason) {
        w.status = "RESOLVED";
        w.resolution = action;
        w.resolvedAt = Instant.now();
        if ("WRITTEN_OFF".equals(action) || "TRANSFERRED_TO_PATIENT".equals(action)) {
            ClaimFact.find(w.tenantId, w.claimId).ifPresent(f -> f.settledAmount = f.settledAmount.add(w.deniedAmount));
        }
        outbox.publish(DenialEvents.DENIAL_RESOLVED, w.claimId, new DenialResolved(w.claimId, w.id,
                w.category.name(), action, w.deniedAmount, reason, tenants.actor()));
        return w;
    }

    private void audit(WorkItem w, String action, String detail) {
        WorkItemAudit.record(w.tenantId, w.id, action, detail, tenants.actor());
    }

    private WorkItem load(String id) {
        return WorkItem.findForTenant(tenants.current(), id).orElseThrow(() -> ApiException.notFound("work item"));
    }

    private WorkItem loadOpen(String id) {
        WorkItem w = load(id);
        if (!"OPEN".equals(w.status)) {
            throw ApiException.conflict("the work item is not open");
        }
        return w;
    }
}
