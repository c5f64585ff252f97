package org.rcm.denial.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.denial.domain.DenialCategory;
import org.rcm.denial.domain.WorkItem;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Path("/work-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class WorkItemResource {
    @Inject
    TenantContext tenants;

    public record WorkItemView(String id, String claimId, String paymentId, String payerId, String category,
                               List<String> reasonCodes, List<String> remarkCodes, BigDecimal deniedAmount,
                               boolean fullDenial, String status, Instant openedAt) {
        static WorkItemView of(WorkItem w) {
            return new WorkItemView(w.id, w.claimId, w.paymentId, w.payerId, w.category.name(), w.reasonCodes,
                    w.remarkCodes, w.deniedAmount, w.fullDenial, w.status, w.openedAt);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "Denial work items, largest first, optionally one queue (category) or one claim")
    public List<WorkItemView> list(@QueryParam("category") DenialCategory category,
                                   @QueryParam("claimId") String claimId,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder q = new StringBuilder("tenantId = :tenant");
        var params = io.quarkus.panache.common.Parameters.with("tenant", tenants.current());
        if (category != null) {
            q.append(" and category = :category");
            params = params.and("category", category);
        }
        if (claimId != null) {
            q.append(" and claimId = :claim");
            params = params.and("claim", claimId);
        }
        return WorkItem.<WorkItem>find(q.toString(), Sort.descending("deniedAmount"), params)
                .page(Page.of(page, size)).list().stream().map(WorkItemView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One denial work item")
    public WorkItemView get(@PathParam("id") String id) {
        return WorkItemView.of(WorkItem.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("work item")));
    }
}
