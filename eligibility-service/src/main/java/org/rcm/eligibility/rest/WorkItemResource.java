package org.rcm.eligibility.rest;

import org.rcm.platform.events.Ids;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.rcm.eligibility.domain.EligibilityCheck;
import org.rcm.eligibility.domain.WorkItem;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.time.Instant;
import java.util.List;

@Path("/work-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class WorkItemResource {
    @Inject
    TenantContext tenants;

    public record WorkItemView(String id, String checkId, String patientId, String payerId, String kind, String field,
                               String aaaCode, String message, String status, Instant createdAt, Instant resolvedAt,
                               String resolvedBy) {
        static WorkItemView of(WorkItem w) {
            return new WorkItemView(w.id, w.checkId, w.patientId, w.payerId, w.kind, w.field, w.aaaCode, w.message,
                    w.status, w.createdAt, w.resolvedAt, w.resolvedBy);
        }
    }

    /** recheck: queue a new coverage check for the same patient, payer and date. */
    public record Resolution(boolean recheck) {
    }

    @GET
    @Transactional
    @Operation(summary = "Eligibility work items (open by default), oldest first")
    public List<WorkItemView> list(@QueryParam("status") @DefaultValue("OPEN") String status,
                                   @QueryParam("patientId") String patientId) {
        String tenant = tenants.current();
        var items = patientId == null
                ? WorkItem.<WorkItem>list("tenantId = ?1 and status = ?2", Sort.ascending("createdAt"), tenant, status)
                : WorkItem.<WorkItem>list("tenantId = ?1 and status = ?2 and patientId = ?3",
                Sort.ascending("createdAt"), tenant, status, patientId);
        return items.stream().map(WorkItemView::of).toList();
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.ADMIN})
    @Operation(summary = "Mark a work item done, optionally queueing a new coverage check")
    public WorkItemView resolve(@PathParam("id") String id, Resolution body) {
        String tenant = tenants.current();
        WorkItem w = WorkItem.findForTenant(tenant, id).orElseThrow(() -> ApiException.notFound("work item"));
        if (!WorkItem.OPEN.equals(w.status)) {
            throw ApiException.conflict("work item already resolved");
        }
        w.status = WorkItem.RESOLVED;
        w.resolvedAt = Instant.now();
        w.resolvedBy = tenants.actor();
        if (body != null && body.recheck() && w.checkId != null) {
            EligibilityCheck old = EligibilityCheck.findForTenant(tenant, w.checkId).orElse(null);
            if (old != null) {
                EligibilityCheck c = new EligibilityCheck();
                c.id = Ids.newId();
                c.tenantId = tenant;
                c.patientId = old.patientId;
                c.payerId = old.payerId;
                c.dateOfService = old.dateOfService;
                c.trigger = "WORK_ITEM";
                c.sourceId = w.id;
                c.providerNpi = old.providerNpi;
                c.providerName = old.providerName;
                c.serviceType = org.rcm.eligibility.benefits.ServiceTypeFallback.first();
                c.status = EligibilityCheck.PENDING;
                c.requestedAt = Instant.now();
                c.nextAttemptAt = c.requestedAt;
                c.persist();
            }
        }
        return WorkItemView.of(w);
    }
}
