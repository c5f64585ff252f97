package org.rcm.eligibility.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.eligibility.domain.EligibilityCheck;
import org.rcm.eligibility.domain.Patient;
import org.rcm.eligibility.domain.PatientCoverage;
import org.rcm.eligibility.service.CheckRunner;
import org.rcm.eligibility.service.EligibilityService;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

@Path("/eligibility-checks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EligibilityCheckResource {
    @Inject
    TenantContext tenants;
    @Inject
    EligibilityService eligibility;
    @Inject
    CheckRunner runner;
    @Inject
    JsonWebToken jwt;

    /** payerId: the coverage to check; when absent the first coverage in force on the date. */
    public record CheckRequest(@NotBlank @Size(max = 64) String patientId, @Size(max = 64) String payerId,
                               @NotNull LocalDate dateOfService, boolean force,
                               @Pattern(regexp = "\\d{10}") String providerNpi,
                               @Size(max = 60) @Pattern(regexp = "[^*~:^]*") String providerName) {
    }

    public record Appointment(@NotBlank @Size(max = 64) String patientId, @Size(max = 64) String payerId) {
    }

    /** dateOfService defaults to tomorrow (UTC). */
    public record BatchRequest(LocalDate dateOfService, @NotNull @Size(min = 1, max = 2000) List<@Valid Appointment> appointments) {
    }

    public record BatchResult(LocalDate dateOfService, List<String> queued, List<String> cached,
                              List<String> unknownPatients) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Check coverage now (270/271 through the gateway); a fresh cached result is returned as is")
    public CheckView check(@Valid @NotNull CheckRequest req) {
        String tenant = tenants.current();
        String payer = resolvePayer(tenant, req.patientId(), req.payerId(), req.dateOfService());
        EligibilityService.Requested r = eligibility.request(req.patientId(), payer, req.dateOfService(), "ON_DEMAND",
                null, req.providerNpi(), req.providerName(), req.force(), true);
        if (r.cached()) {
            return CheckView.of(r.check(), true);
        }
        runner.run(tenant, r.check().id, jwt.getRawToken());
        return get(r.check().id);
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.ADMIN, Roles.INTEGRATOR})
    @Transactional
    @Operation(summary = "Queue checks for a day's schedule (tomorrow by default); the runner works them off")
    public BatchResult batch(@Valid @NotNull BatchRequest req) {
        String tenant = tenants.current();
        LocalDate dos = req.dateOfService() != null ? req.dateOfService() : LocalDate.now(ZoneId.of("UTC")).plusDays(1);
        List<String> queued = new ArrayList<>();
        List<String> cached = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Appointment a : req.appointments()) {
            if (Patient.findForTenant(tenant, a.patientId()).isEmpty()) {
                unknown.add(a.patientId());
                continue;
            }
            String payer = a.payerId() != null ? a.payerId() : PatientCoverage.forCheck(tenant, a.patientId(), null,
                    dos).map(c -> c.payerId).orElse(null);
            if (payer == null) {
                unknown.add(a.patientId());
                continue;
            }
            EligibilityService.Requested r = eligibility.request(a.patientId(), payer, dos, "SCHEDULE", null, null,
                    null, false, false);
            (r.cached() ? cached : queued).add(r.check().id);
        }
        return new BatchResult(dos, queued, cached, unknown);
    }

    private String resolvePayer(String tenant, String patientId, String payerId, LocalDate dos) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            if (Patient.findForTenant(tenant, patientId).isEmpty()) {
                throw ApiException.notFound("patient");
            }
            return PatientCoverage.forCheck(tenant, patientId, payerId, dos).map(c -> c.payerId)
                    .orElseThrow(() -> ApiException.invalid("payerId",
                            "the patient has no registered coverage for this payer and date"));
        });
    }

    @GET
    @Transactional
    @Operation(summary = "Coverage checks, newest first, optionally for one patient or status")
    public List<CheckView> list(@QueryParam("patientId") String patientId, @QueryParam("status") String status,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder q = new StringBuilder("tenantId = :tenant");
        var params = io.quarkus.panache.common.Parameters.with("tenant", tenants.current());
        if (patientId != null) {
            q.append(" and patientId = :patient");
            params = params.and("patient", patientId);
        }
        if (status != null) {
            q.append(" and status = :status");
            params = params.and("status", status);
        }
        return EligibilityCheck.<EligibilityCheck>find(q.toString(), Sort.descending("requestedAt"), params)
                .page(Page.of(page, size)).list().stream().map(c -> CheckView.of(c, false)).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One coverage check with its exchanges and benefits summary")
    public CheckView get(@PathParam("id") String id) {
        return CheckView.of(EligibilityCheck.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("eligibility check")), false);
    }
}
