package org.rcm.claim.rest;

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
import org.rcm.claim.domain.Claim;
import org.rcm.claim.domain.ClaimStatus;
import org.rcm.claim.domain.ClaimTransition;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.util.List;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ClaimResource {
    @Inject
    TenantContext tenants;

    @GET
    @Transactional
    @Operation(summary = "Claims of the caller's tenant, newest first, optionally by status, session or patient")
    public List<ClaimView> list(@QueryParam("status") ClaimStatus status, @QueryParam("sessionId") String sessionId,
                                @QueryParam("patientId") String patientId,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder q = new StringBuilder("tenantId = :tenant");
        var params = io.quarkus.panache.common.Parameters.with("tenant", tenants.current());
        if (status != null) {
            q.append(" and status = :status");
            params = params.and("status", status);
        }
        if (sessionId != null) {
            q.append(" and sessionId = :session");
            params = params.and("session", sessionId);
        }
        if (patientId != null) {
            q.append(" and patientId = :patient");
            params = params.and("patient", patientId);
        }
        return Claim.<Claim>find(q.toString(), Sort.descending("createdAt"), params).page(Page.of(page, size))
                .list().stream().map(c -> ClaimView.of(c, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A claim with its lines and full status history")
    public ClaimView get(@PathParam("id") String id) {
        String tenant = tenants.current();
        Claim c = Claim.findForTenant(tenant, id).orElseThrow(() -> ApiException.notFound("claim"));
        return ClaimView.of(c, ClaimTransition.history(tenant, id));
    }
}
