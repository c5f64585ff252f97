package org.rcm.platform.messaging.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.Roles;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Every service's audit trail, for auditors (read-only) and admins of the caller's tenant. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditLog audit;
    @Inject
    TenantContext tenants;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Audit entries of the caller's tenant, newest first (default: the last 7 days)")
    public List<AuditLog.Entry> list(@QueryParam("actor") String actor, @QueryParam("from") Instant from,
                                     @QueryParam("to") Instant to,
                                     @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(5000) int limit) {
        Instant end = to == null ? Instant.now().plusSeconds(1) : to;
        Instant start = from == null ? end.minus(7, ChronoUnit.DAYS) : from;
        return audit.find(tenants.current(), actor, start, end, limit);
    }
}
