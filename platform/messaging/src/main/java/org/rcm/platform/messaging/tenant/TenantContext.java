package org.rcm.platform.messaging.tenant;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant of the work in progress: from the verified bearer token for a REST request, from the record header
 * for an event handler. Never from a header the client chooses.
 */
@ApplicationScoped
public class TenantContext {
    @Inject
    JsonWebToken token;

    @ConfigProperty(name = "rcm.tenant.claim")
    String tenantClaim;

    public String current() {
        String bound = RequestMetadata.boundTenant();
        if (bound != null) {
            return bound;
        }
        if (!RequestMetadata.isBound() && Arc.container().requestContext().isActive()) {
            Object claim = token.getClaim(tenantClaim);
            String tenant = claim instanceof JsonString js ? js.getString() : claim == null ? null : claim.toString();
            if (tenant != null && !tenant.isBlank()) {
                return tenant;
            }
        }
        throw new MissingTenantException();
    }

    /** The current tenant, or null for work that serves every tenant (relay, schedulers) or is unauthenticated. */
    public String currentOrNull() {
        try {
            return current();
        } catch (MissingTenantException | IllegalStateException e) {
            return null;
        }
    }

    /** The authenticated user's name (for audit columns), or "system" in event handlers. */
    public String actor() {
        if (!RequestMetadata.isBound() && Arc.container().requestContext().isActive() && token.getName() != null) {
            return token.getName();
        }
        return "system";
    }
}
