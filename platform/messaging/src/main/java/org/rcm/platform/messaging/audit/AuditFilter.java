package org.rcm.platform.messaging.audit;

import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.rcm.platform.messaging.tenant.MissingTenantException;
import org.rcm.platform.messaging.tenant.TenantContext;

/**
 * Records every authenticated API call (reads of PHI included) in the append-only audit log: who, tenant, method,
 * resource path, outcome, correlation id, time.
 */
public class AuditFilter {
    @Inject
    AuditLog audit;
    @Inject
    TenantContext tenants;

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/q/") || Context.isOnEventLoopThread()
                || request.getProperty(AuditLog.CLAIMED_BY_IDEMPOTENCY) != null) {
            // (a request with an Idempotency-Key is audited by the statement that finishes its key)
            // the event loop only answers requests refused before any data was touched (authentication)
            return;
        }
        String tenant;
        try {
            tenant = tenants.current();
        } catch (MissingTenantException e) {
            return;   // unauthenticated: nothing was read or written
        }
        audit.record(tenant, tenants.actor(), request.getMethod(), path, response.getStatus());
    }
}
