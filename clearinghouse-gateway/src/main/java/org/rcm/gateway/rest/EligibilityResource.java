package org.rcm.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.gateway.adapter.PartnerException;
import org.rcm.gateway.adapter.Partners;
import org.rcm.gateway.config.GatewayConfig;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.x12.TransactionType;
import org.rcm.platform.x12.X12Exception;
import org.rcm.platform.x12.X12Files;
import org.rcm.platform.x12.X12Validator;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.net.http.HttpTimeoutException;

/**
 * Real-time 270/271 for eligibility-service: the body is a 270 interchange, the answer the partner's 271 bytes.
 * 400 when the body is not a valid 270; 502 when the partner fails or answers something else than a 271 (a 999 or
 * TA1 rejecting our 270 comes back as 502 with the partner's bytes); 503 when the partner's circuit is open;
 * 504 when the partner does not answer in time.
 */
@Path("/eligibility/exchange")
public class EligibilityResource {
    static final String EDI = "application/edi-x12";

    @Inject
    Partners partners;
    @Inject
    GatewayConfig config;

    @POST
    @Consumes(EDI)
    @Produces(EDI)
    @RolesAllowed({"admin", "biller", "front-desk", "integrator"})
    @Operation(summary = "Send a 270 to the partner and answer its 271 (application/edi-x12)")
    public Response exchange(@QueryParam("partner") String partner, byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiException.invalid("body", "a 270 interchange is required");
        }
        try {
            var d = X12Files.detect(new BufferedInputStream(new ByteArrayInputStream(body)));
            if (d.type() != TransactionType.ELIGIBILITY_INQUIRY_270
                    || !X12Validator.validate(new ByteArrayInputStream(body)).syntaxErrors().isEmpty()) {
                throw ApiException.invalid("body", "not a valid 270 interchange");
            }
        } catch (X12Exception e) {
            throw ApiException.invalid("body", "not a valid 270 interchange");
        }
        String id = partner == null ? config.eligibilityPartner() : partner;
        if (!config.partners().containsKey(id)) {
            throw ApiException.invalid("partner", "unknown trading partner");
        }
        byte[] answer;
        try {
            answer = partners.realtime(id, body);
        } catch (CircuitBreakerOpenException e) {
            return Response.status(503).header("Retry-After", "30").build();
        } catch (TimeoutException e) {
            return Response.status(504).build();
        } catch (PartnerException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                return Response.status(504).build();
            }
            return Response.status(e.retryable && e.getCause() instanceof java.net.ConnectException ? 503 : 502)
                    .build();
        }
        try {
            var d = X12Files.detect(new BufferedInputStream(new ByteArrayInputStream(answer)));
            if (d.type() != TransactionType.ELIGIBILITY_RESPONSE_271) {
                return Response.status(502).type(EDI).entity(answer).build();
            }
        } catch (X12Exception e) {
            return Response.status(502).build();
        }
        return Response.ok(answer, EDI).build();
    }
}
