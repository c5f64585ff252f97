package org.rcm.denial.rest;

import org.rcm.platform.events.Ids;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.denial.domain.DenialCategory;
import org.rcm.denial.domain.DenialCategoryRule;
import org.rcm.denial.domain.PayerPolicy;
import org.rcm.denial.service.DenialService;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The categorisation table (group + CARC + RARC → category, dated) and payer appeal windows. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AdminResource {
    @Inject
    TenantContext tenants;
    @Inject
    DenialService denials;

    public record RuleView(String id, boolean tenantSpecific, String group, String carc, String rarc,
                           String category, LocalDate effectiveFrom, LocalDate effectiveTo) {
        static RuleView of(DenialCategoryRule r) {
            return new RuleView(r.id, r.tenantId != null, r.groupCode, r.carc, r.rarc, r.category.name(),
                    r.effectiveFrom, r.effectiveTo);
        }
    }

    public record RuleRequest(@NotNull @Pattern(regexp = "CO|OA|PI|PR|\\*") String group,
                              @NotBlank @Pattern(regexp = "[A-Z0-9]{1,5}") String carc,
                              @Pattern(regexp = "[A-Z0-9]{1,7}") String rarc, @NotNull DenialCategory category,
                              @NotNull LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    public record EndRequest(@NotNull LocalDate effectiveTo) {
    }

    public record PolicyRequest(@Min(1) @Max(3650) int appealWindowDays, @Min(1) @Max(3650) int timelyFilingDays) {
    }

    public record PolicyView(String payerId, int appealWindowDays, int timelyFilingDays) {
    }

    @GET
    @Path("denial-rules")
    @Transactional
    @Operation(summary = "Categorisation rules in effect for this tenant (defaults and its own)")
    public List<RuleView> rules() {
        return DenialCategoryRule.visibleTo(tenants.current()).stream().map(RuleView::of).toList();
    }

    @POST
    @Path("denial-rules")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a tenant categorisation rule (wins over the default for the same codes)")
    public RuleView add(@NotNull @Valid RuleRequest req) {
        if (req.effectiveTo() != null && req.effectiveTo().isBefore(req.effectiveFrom())) {
            throw ApiException.invalid("effectiveTo", "must not be before effectiveFrom");
        }
        DenialCategoryRule r = new DenialCategoryRule();
        r.id = Ids.newId();
        r.tenantId = tenants.current();
        r.groupCode = req.group();
        r.carc = req.carc();
        r.rarc = req.rarc();
        r.category = req.category();
        r.effectiveFrom = req.effectiveFrom();
        r.effectiveTo = req.effectiveTo();
        r.createdBy = tenants.actor();
        r.createdAt = Instant.now();
        r.persist();
        return RuleView.of(r);
    }

    @PUT
    @Path("denial-rules/{id}/end")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "End a tenant rule on a date (rules are never deleted, so history stays explainable)")
    public RuleView end(@PathParam("id") String id, @NotNull @Valid EndRequest req) {
        DenialCategoryRule r = DenialCategoryRule.<DenialCategoryRule>find("id = ?1 and tenantId = ?2", id,
                tenants.current()).firstResultOptional().orElseThrow(() -> ApiException.notFound("rule"));
        r.effectiveTo = req.effectiveTo();
        return RuleView.of(r);
    }

    @GET
    @Path("payer-policies/{payerId}")
    @Transactional
    @Operation(summary = "A payer's appeal window and timely filing limit (configured defaults when unset)")
    public PolicyView policy(@PathParam("payerId") String payerId) {
        PayerPolicy p = denials.policy(tenants.current(), payerId);
        return new PolicyView(payerId, p.appealWindowDays, p.timelyFilingDays);
    }

    @PUT
    @Path("payer-policies/{payerId}")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a payer's appeal window and timely filing limit")
    public PolicyView setPolicy(@PathParam("payerId") @Size(max = 64) String payerId,
                                @NotNull @Valid PolicyRequest req) {
        String tenant = tenants.current();
        PayerPolicy p = PayerPolicy.find(tenant, payerId).orElse(null);
        if (p == null) {
            p = new PayerPolicy();
            p.tenantId = tenant;
            p.payerId = payerId;
            p.appealWindowDays = req.appealWindowDays();
            p.timelyFilingDays = req.timelyFilingDays();
            p.persist();
        } else {
            p.appealWindowDays = req.appealWindowDays();
            p.timelyFilingDays = req.timelyFilingDays();
        }
        return new PolicyView(payerId, p.appealWindowDays, p.timelyFilingDays);
    }
}
