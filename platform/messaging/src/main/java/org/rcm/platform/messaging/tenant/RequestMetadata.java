package org.rcm.platform.messaging.tenant;

import org.rcm.platform.events.Ids;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * Correlation and causation of the work in progress. For an event handler they are bound to the thread by
 * {@link #runAs}; for a REST request they come from the request (see {@link CorrelationFilter}).
 */
@ApplicationScoped
public class RequestMetadata {
    private static final ThreadLocal<Bound> BOUND = new ThreadLocal<>();

    record Bound(String tenantId, String correlationId, String causationId) {
    }

    @Inject
    RequestCorrelation requestCorrelation;

    /** Runs an event handler with the tenant, correlation and causation of the event it handles. */
    public static void runAs(String tenantId, String correlationId, String causationId, Runnable work) {
        Bound previous = BOUND.get();
        BOUND.set(new Bound(tenantId, correlationId, causationId));
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            work.run();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    static String boundTenant() {
        Bound b = BOUND.get();
        return b == null ? null : b.tenantId();
    }

    static boolean isBound() {
        return BOUND.get() != null;
    }

    public String correlationId() {
        Bound b = BOUND.get();
        if (b != null) {
            return b.correlationId() != null ? b.correlationId() : b.causationId();
        }
        if (Arc.container().requestContext().isActive() && requestCorrelation.id() != null) {
            return requestCorrelation.id();
        }
        return Ids.newId();
    }

    public String causationId() {
        Bound b = BOUND.get();
        return b == null ? null : b.causationId();
    }
}
