package org.rcm.coding.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.coding.domain.PayerTelehealth;
import org.rcm.coding.domain.TenantTelehealthProfile;
import org.rcm.coding.domain.rules.TelehealthProfile;
import org.rcm.coding.domain.rules.TelehealthProfiles;
import org.rcm.coding.service.TelehealthProfileService;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dated, payer-scoped telehealth profiles: built-in defaults, overridable per tenant, and the payer mapping. */
@Path("/telehealth-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TelehealthProfileResource {
    private static final String NAME = "[A-Z0-9_]{2,64}";

    @Inject
    TenantContext tenants;
    @Inject
    TelehealthProfileService profiles;

    /** A profile as shown: its content and whether it is the tenant's own or the built-in default. */
    public record ProfileView(String name, String description, String source,
                              List<TelehealthProfile.Period> periods) {
    }

    public record ProfileRequest(@Size(max = 256) String description,
                                 @NotNull @Size(min = 1, max = 20) List<TelehealthProfile.@NotNull Period> periods) {
    }

    public record PayerMapping(String payerId, @NotBlank @Pattern(regexp = NAME) String profile) {
    }

    @GET
    @Transactional
    @Operation(summary = "All telehealth profiles visible to the tenant (its own versions replace the defaults)")
    public List<ProfileView> list() {
        Map<String, ProfileView> out = new TreeMap<>();
        TelehealthProfiles.DEFAULTS.values().forEach(p -> out.put(p.name(), view(p, "DEFAULT")));
        TenantTelehealthProfile.forTenant(tenants.current()).forEach(t -> out.put(t.name, view(t.toProfile(),
                "TENANT")));
        return List.copyOf(out.values());
    }

    @GET
    @Path("/{name}")
    @Transactional
    @Operation(summary = "One telehealth profile")
    public ProfileView get(@PathParam("name") String name) {
        return TenantTelehealthProfile.find(tenants.current(), name).map(t -> view(t.toProfile(), "TENANT"))
                .or(() -> TelehealthProfiles.byName(name).map(p -> view(p, "DEFAULT")))
                .orElseThrow(() -> ApiException.notFound("telehealth profile"));
    }

    @PUT
    @Path("/{name}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Create or replace the tenant's version of a telehealth profile (dated periods)")
    public ProfileView put(@PathParam("name") @Pattern(regexp = NAME, message = "must be upper-case letters, digits"
            + " or _") String name, @Valid @NotNull ProfileRequest r) {
        TelehealthProfile candidate = new TelehealthProfile(name, r.description(), r.periods());
        List<String> problems = candidate.problems();
        if (!problems.isEmpty()) {
            String first = problems.get(0);
            int colon = first.indexOf(':');
            throw ApiException.invalid(colon > 0 ? first.substring(0, colon) : "periods",
                    colon > 0 ? first.substring(colon + 1).trim() : first);
        }
        String tenant = tenants.current();
        profiles.changing(tenant);
        TenantTelehealthProfile t = TenantTelehealthProfile.find(tenant, name).orElse(null);
        if (t == null) {
            t = new TenantTelehealthProfile();
            t.tenantId = tenant;
            t.name = name;
            fill(t, r);
            t.persist();
        } else {
            fill(t, r);
        }
        return view(t.toProfile(), "TENANT");
    }

    @GET
    @Path("/payers/{payerId}")
    @Transactional
    @Operation(summary = "The telehealth profile a payer uses (the configured default when unmapped)")
    public PayerMapping payer(@PathParam("payerId") String payerId) {
        return new PayerMapping(payerId, PayerTelehealth.find(tenants.current(), payerId).map(p -> p.profileName)
                .orElse(profiles.defaultProfile()));
    }

    @PUT
    @Path("/payers/{payerId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Map a payer to a telehealth profile")
    public PayerMapping mapPayer(@PathParam("payerId") @Size(max = 64) String payerId, @Valid @NotNull PayerMapping r) {
        String tenant = tenants.current();
        if (profiles.byName(tenant, r.profile()).isEmpty()) {
            throw ApiException.invalid("profile", "no telehealth profile with this name");
        }
        profiles.mapPayer(tenant, payerId, r.profile());
        return new PayerMapping(payerId, r.profile());
    }

    private void fill(TenantTelehealthProfile t, ProfileRequest r) {
        t.description = r.description();
        t.periods = r.periods();
        t.updatedBy = tenants.actor();
        t.updatedAt = Instant.now();
    }

    private static ProfileView view(TelehealthProfile p, String source) {
        return new ProfileView(p.name(), p.description(), source, p.periods());
    }
}
