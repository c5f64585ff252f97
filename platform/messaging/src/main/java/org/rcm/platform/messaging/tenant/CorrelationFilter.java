package org.rcm.platform.messaging.tenant;

import org.rcm.platform.events.Ids;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.regex.Pattern;

/** Accepts a caller's X-Correlation-Id when it is well-formed, otherwise makes one; echoes it on the response. */
public class CorrelationFilter {
    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject
    RequestCorrelation correlation;

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        correlation.set(given != null && SAFE.matcher(given).matches() ? given : Ids.newId());
    }

    @ServerResponseFilter
    public void onResponse(ContainerResponseContext response) {
        if (correlation.id() != null) {
            response.getHeaders().putSingle(HEADER, correlation.id());
        }
    }
}
