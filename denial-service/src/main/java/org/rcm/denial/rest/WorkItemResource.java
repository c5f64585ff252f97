package org.rcm.denial.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.denial.domain.DenialCategory;
import org.rcm.denial.domain.WorkItem;
import org.rcm.denial.domain.WorkItemAudit;
import org.rcm.denial.service.WorkActions;
import org.rcm.platform.events.denial.ClaimCorrectionRequested;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Denial work queues (one per category, highest priority first) and the actions on a work item. */
@Path("/work-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class WorkItemResource {
    @Inject
    TenantContext tenants;
    @Inject
    WorkActions actions;
    @Inject
    SecurityIdentity identity;

    public record WorkItemView(String id, String claimId, String paymentId, String payerId,
                               String payerClaimControlNumber, String category, List<String> reasonCodes,
                               List<String> remarkCodes, BigDecimal deniedAmount, boolean fullDenial, String status,
                               LocalDate denialDate, LocalDate deadline, BigDecimal priority, String assignedTo,
                               String resolution, String appealStatus, String appealLetter, String writeOffReason,
                               Instant openedAt, Instant resolvedAt) {
        static WorkItemView of(WorkItem w) {
            return new WorkItemView(w.id, w.claimId, w.paymentId, w.payerId, w.payerClaimControlNumber,
                    w.category.name(), w.reasonCodes, w.remarkCodes, w.deniedAmount, w.fullDenial, w.status,
                    w.denialDate, w.deadline, w.priority, w.assignedTo, w.resolution, w.appealStatus,
                    w.appealLetter, w.writeOffReason, w.openedAt, w.resolvedAt);
        }
    }

    public record AuditView(String action, String detail, String actor, Instant at) {
    }

    public record AssignRequest(@NotBlank @Size(max = 64) String userId) {
    }

    public record CorrectRequest(@NotNull @Pattern(regexp = "REPLACE|VOID") String correctionType,
                                 @NotBlank @Size(max = 200) String reason,
                                 @Valid List<ClaimCorrectionRequested.LineChange> lineChanges,
                                 @Size(max = 50) String priorAuthorization) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 200) String reason) {
    }

    public record OutcomeRequest(@NotNull Boolean won, @Size(max = 200) String note) {
    }

    @GET
    @Transactional
    @Operation(summary = "Denial work items, highest priority first; filter by queue (category), status, assignee, claim")
    public List<WorkItemView> list(@QueryParam("category") DenialCategory category,
                                   @QueryParam("status") String status,
                                   @QueryParam("assignedTo") String assignedTo,
                                   @QueryParam("claimId") String claimId,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder q = new StringBuilder("tenantId = :tenant");
        Parameters params = Parameters.with("tenant", tenants.current());
        if (category != null) {
            q.append(" and category = :category");
            params = params.and("category", category);
        }
        if (status != null) {
            q.append(" and status = :status");
            params = params.and("status", status);
        }
        if (assignedTo != null) {
            q.append(" and assignedTo = :assignee");
            params = params.and("assignee", assignedTo);
        }
        if (claimId != null) {
            q.append(" and claimId = :claim");
            params = params.and("claim", claimId);
        }
        return WorkItem.<WorkItem>find(q.toString(), Sort.descending("priority").and("deadline"), params)
                .page(Page.of(page, size)).list().stream().map(WorkItemView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One denial work item (with its appeal letter once appealed)")
    public WorkItemView get(@PathParam("id") String id) {
        return WorkItemView.of(WorkItem.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("work item")));
    }

    @GET
    @Path("/{id}/audit")
    @Transactional
    @Operation(summary = "Audit trail of one work item, oldest first")
    public List<AuditView> audit(@PathParam("id") String id) {
        WorkItem w = WorkItem.findForTenant(tenants.current(), id).orElseThrow(() -> ApiException.notFound("work item"));
        return WorkItemAudit.<WorkItemAudit>list("tenantId = ?1 and workItemId = ?2 order by id", w.tenantId, w.id)
                .stream().map(a -> new AuditView(a.action, a.detail, a.actor, a.at)).toList();
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Assign the work item to a user")
    public WorkItemView assign(@PathParam("id") String id, @NotNull @Valid AssignRequest req) {
        return WorkItemView.of(actions.assign(id, req.userId()));
    }

    @POST
    @Path("/{id}/correct")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Correct & resubmit: asks claim-service for a replacement (frequency 7, REF*F8) or void")
    public WorkItemView correct(@PathParam("id") String id, @NotNull @Valid CorrectRequest req) {
        return WorkItemView.of(actions.correct(id, req.correctionType(), req.reason(), req.lineChanges(),
                req.priorAuthorization()));
    }

    @POST
    @Path("/{id}/appeal")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Appeal: generates the appeal letter from claim facts, deadline from the payer's window")
    public WorkItemView appeal(@PathParam("id") String id, @NotNull @Valid ReasonRequest req) {
        return WorkItemView.of(actions.appeal(id, req.reason()));
    }

    @POST
    @Path("/{id}/appeal-outcome")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Record the payer's decision on the appeal (won = overturned)")
    public WorkItemView appealOutcome(@PathParam("id") String id, @NotNull @Valid OutcomeRequest req) {
        return WorkItemView.of(actions.appealOutcome(id, req.won(), req.note()));
    }

    @POST
    @Path("/{id}/write-off")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Write off; above the approval threshold a biller's request waits for an admin")
    public WorkItemView writeOff(@PathParam("id") String id, @NotNull @Valid ReasonRequest req) {
        return WorkItemView.of(actions.writeOff(id, req.reason(), identity.hasRole(Roles.ADMIN)));
    }

    @POST
    @Path("/{id}/approve-write-off")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approve a pending write-off (admin)")
    public WorkItemView approve(@PathParam("id") String id) {
        return WorkItemView.of(actions.approveWriteOff(id));
    }

    @POST
    @Path("/{id}/transfer-to-patient")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Transfer the denied balance to the patient")
    public WorkItemView transfer(@PathParam("id") String id, @NotNull @Valid ReasonRequest req) {
        return WorkItemView.of(actions.transferToPatient(id, req.reason()));
    }
}
