package org.rcm.eligibility.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.eligibility.domain.AuthorizationRules;
import org.rcm.eligibility.domain.AuthorizationUsage;
import org.rcm.eligibility.domain.PriorAuthorization;
import org.rcm.eligibility.service.AuthorizationService;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

@Path("/authorizations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AuthorizationResource {
    @Inject
    TenantContext tenants;
    @Inject
    AuthorizationService authorizations;

    /** codes: CPT/HCPCS codes covered (empty = any). alert*: override the configured alert thresholds. */
    public record AuthorizationIn(@NotBlank @Size(max = 64) String patientId, @NotBlank @Size(max = 64) String payerId,
                                  @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9-]+") String authorizationNumber,
                                  @Size(max = 20) List<@Pattern(regexp = "[A-Z0-9]{5}") String> codes,
                                  @Min(1) @Max(1000) int sessionsAuthorized, @Min(1) Integer unitsAuthorized,
                                  @NotNull LocalDate startDate, @NotNull LocalDate endDate, LocalDate reviewDue,
                                  @Min(0) Integer alertSessionsBefore, @Min(0) Integer alertDaysBefore) {
        AuthorizationService.Terms terms() {
            return new AuthorizationService.Terms(patientId, payerId, authorizationNumber, codes, sessionsAuthorized,
                    unitsAuthorized, startDate, endDate, reviewDue, alertSessionsBefore, alertDaysBefore);
        }
    }

    public record UsageView(String sessionId, LocalDate dateOfService, List<String> codes, int units, String claimId,
                            boolean returned, String returnedReason) {
    }

    public record AuthorizationView(String id, String patientId, String payerId, String authorizationNumber,
                                    List<String> codes, int sessionsAuthorized, Integer unitsAuthorized,
                                    int sessionsUsed, int sessionsRemaining, int unitsUsed, LocalDate startDate,
                                    LocalDate endDate, LocalDate reviewDue, String status, List<String> alerts,
                                    List<UsageView> usages) {
        static AuthorizationView of(PriorAuthorization a, boolean withUsages) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<AuthorizationUsage> us = AuthorizationUsage.ofAuthorization(a.id);
            int used = (int) us.stream().filter(u -> !u.returned).count();
            int units = us.stream().filter(u -> !u.returned).mapToInt(u -> u.units).sum();
            String status = AuthorizationRules.status(a.cancelled, a.sessionsAuthorized, used, a.endDate, today);
            return new AuthorizationView(a.id, a.patientId, a.payerId, a.number, a.codes, a.sessionsAuthorized,
                    a.unitsAuthorized, used, Math.max(0, a.sessionsAuthorized - used), units, a.startDate, a.endDate,
                    a.reviewDue, status, AuthorizationRules.alerts(status, a.sessionsAuthorized, used, a.endDate,
                    a.reviewDue, a.alertSessionsBefore, a.alertDaysBefore, today),
                    withUsages ? us.stream().map(u -> new UsageView(u.sessionId, u.dateOfService, u.codes, u.units,
                            u.claimId, u.returned, u.returnedReason)).toList() : null);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.ADMIN, Roles.INTEGRATOR})
    @Transactional
    @Operation(summary = "Record a prior authorization (emits AuthorizationUpdated)")
    public Response create(@Valid @NotNull AuthorizationIn in) {
        PriorAuthorization a = authorizations.create(in.terms());
        return Response.created(URI.create("/authorizations/" + a.id)).entity(AuthorizationView.of(a, true)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.ADMIN, Roles.INTEGRATOR})
    @Transactional
    @Operation(summary = "Change sessions, dates, codes or the concurrent-review deadline (e.g. after a review)")
    public AuthorizationView update(@PathParam("id") String id, @Valid @NotNull AuthorizationIn in) {
        PriorAuthorization a = PriorAuthorization.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("authorization"));
        if (!a.patientId.equals(in.patientId()) || !a.payerId.equals(in.payerId())
                || !a.number.equals(in.authorizationNumber())) {
            throw ApiException.invalid("authorizationNumber", "patient, payer and number cannot change");
        }
        return AuthorizationView.of(authorizations.update(id, in.terms()), true);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Cancel an authorization")
    public AuthorizationView cancel(@PathParam("id") String id) {
        return AuthorizationView.of(authorizations.cancel(id), true);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "An authorization with its sessions used, remaining, status, alerts and usages")
    public AuthorizationView get(@PathParam("id") String id) {
        return AuthorizationView.of(PriorAuthorization.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("authorization")), true);
    }

    @GET
    @Transactional
    @Operation(summary = "Authorizations of a patient (optionally one payer)")
    public List<AuthorizationView> list(@QueryParam("patientId") @NotBlank String patientId,
                                        @QueryParam("payerId") String payerId) {
        String tenant = tenants.current();
        List<PriorAuthorization> as = payerId == null
                ? PriorAuthorization.list("tenantId = ?1 and patientId = ?2 order by endDate", tenant, patientId)
                : PriorAuthorization.list("tenantId = ?1 and patientId = ?2 and payerId = ?3 order by endDate",
                tenant, patientId, payerId);
        return as.stream().map(a -> AuthorizationView.of(a, false)).toList();
    }

    @GET
    @Path("/alerts")
    @Transactional
    @Operation(summary = "Active or exhausted authorizations with an alert (sessions low, ending, review due)")
    public List<AuthorizationView> alerts() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return PriorAuthorization.<PriorAuthorization>list("tenantId = ?1 and cancelled = false and endDate >= ?2"
                        + " order by endDate", tenants.current(), today).stream()
                .map(a -> AuthorizationView.of(a, false)).filter(v -> !v.alerts().isEmpty()).toList();
    }
}
