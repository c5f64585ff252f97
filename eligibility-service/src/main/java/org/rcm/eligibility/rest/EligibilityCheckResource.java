package org.rcm.eligibility.rest;

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
import org.rcm.eligibility.domain.EligibilityCheck;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/eligibility-checks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EligibilityCheckResource {
    @Inject
    TenantContext tenants;

    public record CheckView(String id, String patientId, String payerId, LocalDate dateOfService, String trigger,
                            String status, Instant requestedAt) {
        static CheckView of(EligibilityCheck c) {
            return new CheckView(c.id, c.patientId, c.payerId, c.dateOfService, c.trigger, c.status, c.requestedAt);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "Coverage checks, newest first, optionally for one patient")
    public List<CheckView> list(@QueryParam("patientId") String patientId,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String tenant = tenants.current();
        var query = patientId == null
                ? EligibilityCheck.<EligibilityCheck>find("tenantId", Sort.descending("requestedAt"), tenant)
                : EligibilityCheck.<EligibilityCheck>find("tenantId = ?1 and patientId = ?2",
                Sort.descending("requestedAt"), tenant, patientId);
        return query.page(Page.of(page, size)).list().stream().map(CheckView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One coverage check")
    public CheckView get(@PathParam("id") String id) {
        return CheckView.of(EligibilityCheck.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("eligibility check")));
    }
}
