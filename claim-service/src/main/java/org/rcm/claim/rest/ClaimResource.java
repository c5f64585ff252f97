package org.rcm.claim.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rcm.claim.domain.Claim;
import org.rcm.claim.domain.ClaimLifecycle;
import org.rcm.claim.domain.ClaimStatus;
import org.rcm.claim.domain.ClaimTransition;
import org.rcm.claim.service.ClaimService;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.time.LocalDate;
import java.util.List;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Claims")
public class ClaimResource {
    static final String DETAIL_EXAMPLE = """
            {"id":"7f1c…","patientControlNumber":"RC0000000042","status":"HELD","payerId":"payer-1",
             "dateOfService":"2026-11-02","frequencyCode":"1","totalCharge":180.00,
             "edits":[{"id":"AUTH-MISSING","severity":"BLOCK","path":"priorAuthorization",
                       "message":"this payer requires a prior authorization number (REF*G1)"}],
             "history":[{"from":null,"to":"DRAFT","actor":"system","reason":"built from CodesAssigned revision 1"},
                        {"from":"DRAFT","to":"HELD","actor":"system","reason":"blocking edits: AUTH-MISSING"}]}""";

    @Inject
    TenantContext tenants;
    @Inject
    ClaimService claims;

    public record StatusRequest(@NotNull ClaimStatus status, @Size(max = 400) String reason) {
    }

    @GET
    @Transactional
    @Operation(summary = "Search claims of the caller's tenant, newest first: by status, payer, patient, session and date-of-service range")
    public List<ClaimView> list(@QueryParam("status") ClaimStatus status, @QueryParam("payerId") String payerId,
                                @QueryParam("patientId") String patientId, @QueryParam("sessionId") String sessionId,
                                @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder q = new StringBuilder("tenantId = :tenant");
        Parameters params = Parameters.with("tenant", tenants.current());
        if (status != null) {
            q.append(" and status = :status");
            params = params.and("status", status);
        }
        if (payerId != null) {
            q.append(" and payerId = :payer");
            params = params.and("payer", payerId);
        }
        if (patientId != null) {
            q.append(" and patientId = :patient");
            params = params.and("patient", patientId);
        }
        if (sessionId != null) {
            q.append(" and sessionId = :session");
            params = params.and("session", sessionId);
        }
        if (from != null) {
            q.append(" and dateOfService >= :from");
            params = params.and("from", from);
        }
        if (to != null) {
            q.append(" and dateOfService <= :to");
            params = params.and("to", to);
        }
        return Claim.<Claim>find(q.toString(), Sort.descending("createdAt").and("id"), params)
                .page(Page.of(page, size)).list().stream().map(c -> ClaimView.of(c, null, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A claim with its lines, scrubber edits, full status history and related claims")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimView.class),
            examples = @ExampleObject(name = "held claim", value = DETAIL_EXAMPLE)))
    public ClaimView get(@PathParam("id") String id) {
        String tenant = tenants.current();
        Claim c = Claim.findForTenant(tenant, id).orElseThrow(() -> ApiException.notFound("claim"));
        return ClaimView.of(c, ClaimTransition.history(tenant, id), Claim.related(tenant, id));
    }

    @POST
    @Path("/{id}/resubmit")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.INTEGRATOR})
    @Operation(summary = "Scrub a HELD or REJECTED claim again with the current setup and coverage; submits it when clean")
    @APIResponse(responseCode = "200", description = "the claim after scrubbing (SUBMITTED, or HELD with its edits)")
    @APIResponse(responseCode = "409", description = "the claim is neither HELD nor REJECTED")
    public ClaimView resubmit(@PathParam("id") String id) {
        Claim c;
        try {
            c = claims.resubmit(id);
        } catch (ClaimService.IllegalTransitionException e) {
            throw ApiException.conflict("only HELD or REJECTED claims can be resubmitted");
        }
        if (c == null) {
            throw ApiException.notFound("claim");
        }
        return get(id);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Move a claim by hand to APPEALED, WRITTEN_OFF or CLOSED (where the lifecycle allows it)")
    @APIResponse(responseCode = "409", description = "the lifecycle does not allow this move")
    public ClaimView setStatus(@PathParam("id") String id, @Valid @NotNull StatusRequest r) {
        if (!ClaimLifecycle.MANUAL.contains(r.status())) {
            throw ApiException.invalid("status", "only APPEALED, WRITTEN_OFF or CLOSED can be set by hand");
        }
        try {
            if (!claims.manualMove(id, r.status(), r.reason())) {
                throw ApiException.notFound("claim");
            }
        } catch (ClaimService.IllegalTransitionException e) {
            throw ApiException.conflict(e.getMessage());
        }
        return get(id);
    }
}
