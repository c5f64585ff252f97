package org.rcm.claim.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rcm.claim.domain.Fee;
import org.rcm.claim.domain.PayerSetup;
import org.rcm.claim.domain.Practice;
import org.rcm.claim.domain.RenderingProvider;
import org.rcm.claim.domain.SetupAudit;
import org.rcm.claim.domain.scrub.Formats;
import org.rcm.claim.service.BillingSetup;
import org.rcm.claim.service.ClaimService;
import org.rcm.claim.rest.SetupRequests.FeeRequest;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.PayerProfileChanged;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Billing setup of the caller's tenant: practices (billing provider), rendering providers, payers and the fee
 * schedule. PUT creates or replaces by the tenant's own id; every change is audited (who, when, what).
 */
@Path("/setup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Billing setup")
public class SetupResource {
    @Inject
    TenantContext tenants;
    @Inject
    Outbox outbox;
    @Inject
    ObjectMapper mapper;
    @Inject
    ClaimService claims;
    @Inject
    BillingSetup setup;

    /** HELD claims re-scrubbed per setup change; older ones wait for POST /claims/{id}/resubmit. */
    static final int RESCRUB_LIMIT = 200;

    @PUT
    @Path("/practices/{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Create or replace a practice (billing provider NPI, TIN, taxonomy, address, pay-to)")
    public Practice putPractice(@PathParam("id") @Size(max = 64) String id, @Valid @NotNull SetupRequests.PracticeRequest r) {
        if (!Formats.npi(r.npi())) {
            throw ApiException.invalid("npi", "NPI check digit is invalid");
        }
        boolean ssn = "SSN".equals(r.taxIdType());
        if (ssn ? !Formats.ssn(r.taxId()) : !Formats.ein(r.taxId())) {
            throw ApiException.invalid("taxId", ssn ? "not a valid SSN" : "not a valid EIN");
        }
        if (r.phone() != null && !Formats.phone(r.phone())) {
            throw ApiException.invalid("phone", "area code and exchange must start with 2-9");
        }
        String tenant = tenants.current();
        Practice p = Practice.find(tenant, id).orElse(null);
        boolean created = p == null;
        if (created) {
            p = new Practice();
            p.tenantId = tenant;
            p.id = id;
        }
        p.name = r.name();
        p.npi = r.npi();
        p.taxId = r.taxId();
        p.taxIdType = r.taxIdType() == null ? "EIN" : r.taxIdType();
        p.taxonomy = r.taxonomy();
        p.phone = r.phone();
        p.address = r.address().toAddress();
        p.payTo = r.payTo() == null ? null : r.payTo().toAddress();
        p.touch(tenants.actor(), Instant.now());
        if (created) {
            p.persist();
        }
        audit("practice", id, created, r);
        claims.rescrubHeld("practice setup changed", RESCRUB_LIMIT);
        return p;
    }

    @GET
    @Path("/practices")
    @Operation(summary = "Practices of the tenant")
    public List<Practice> practices() {
        return Practice.all(tenants.current());
    }

    @GET
    @Path("/practices/{id}")
    @Operation(summary = "One practice")
    public Practice practice(@PathParam("id") String id) {
        return Practice.find(tenants.current(), id).orElseThrow(() -> ApiException.notFound("practice"));
    }

    @PUT
    @Path("/providers/{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Create or replace a rendering provider (NPI, taxonomy, name, credentials, supervisor)")
    public RenderingProvider putProvider(@PathParam("id") @Size(max = 64) String id,
                                         @Valid @NotNull SetupRequests.ProviderRequest r) {
        if (!Formats.npi(r.npi())) {
            throw ApiException.invalid("npi", "NPI check digit is invalid");
        }
        String tenant = tenants.current();
        if (r.supervisingProviderId() != null && RenderingProvider.find(tenant, r.supervisingProviderId()).isEmpty()) {
            throw ApiException.invalid("supervisingProviderId", "no such provider");
        }
        RenderingProvider p = RenderingProvider.find(tenant, id).orElse(null);
        boolean created = p == null;
        if (created) {
            p = new RenderingProvider();
            p.tenantId = tenant;
            p.id = id;
        }
        p.npi = r.npi();
        p.taxonomy = r.taxonomy();
        p.lastName = r.lastName();
        p.firstName = r.firstName();
        p.credentials = r.credentials();
        p.supervisingProviderId = r.supervisingProviderId();
        p.touch(tenants.actor(), Instant.now());
        if (created) {
            p.persist();
        }
        audit("provider", id, created, r);
        claims.rescrubHeld("provider setup changed", RESCRUB_LIMIT);
        return p;
    }

    @GET
    @Path("/providers")
    @Operation(summary = "Rendering providers of the tenant")
    public List<RenderingProvider> providers() {
        return RenderingProvider.all(tenants.current());
    }

    @GET
    @Path("/providers/{id}")
    @Operation(summary = "One rendering provider")
    public RenderingProvider provider(@PathParam("id") String id) {
        return RenderingProvider.find(tenants.current(), id).orElseThrow(() -> ApiException.notFound("provider"));
    }

    @PUT
    @Path("/payers/{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Create or replace a payer profile; publishes PayerProfileChanged")
    public PayerSetup putPayer(@PathParam("id") @Size(max = 64) String id, @Valid @NotNull SetupRequests.PayerRequest r) {
        String tenant = tenants.current();
        PayerSetup p = PayerSetup.find(tenant, id).orElse(null);
        boolean created = p == null;
        if (created) {
            p = new PayerSetup();
            p.tenantId = tenant;
            p.id = id;
        }
        p.name = r.name();
        p.clearinghousePayerId = r.clearinghousePayerId();
        p.claimFilingIndicator = r.claimFilingIndicator();
        p.timelyFilingDays = r.timelyFilingDays();
        p.telehealthProfile = r.telehealthProfile() == null ? "COMMERCIAL_95" : r.telehealthProfile();
        p.priorAuthCodes = r.priorAuthCodes() == null ? List.of() : List.copyOf(r.priorAuthCodes());
        p.touch(tenants.actor(), Instant.now());
        if (created) {
            p.persist();
        }
        audit("payer", id, created, r);
        claims.rescrubHeld("payer setup changed", RESCRUB_LIMIT);
        outbox.publish(ClaimEvents.PAYER_PROFILE_CHANGED, id, new PayerProfileChanged(id, p.name,
                p.clearinghousePayerId, p.claimFilingIndicator, p.telehealthProfile, p.timelyFilingDays,
                p.priorAuthCodes, LocalDate.now()));
        return p;
    }

    @GET
    @Path("/payers")
    @Operation(summary = "Payers of the tenant")
    public List<PayerSetup> payers() {
        return PayerSetup.all(tenants.current());
    }

    @GET
    @Path("/payers/{id}")
    @Operation(summary = "One payer profile")
    public PayerSetup payer(@PathParam("id") String id) {
        return PayerSetup.find(tenants.current(), id).orElseThrow(() -> ApiException.notFound("payer"));
    }

    @PUT
    @Path("/fees")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Set fee schedule entries (charge per unit of a code, optionally per modifier)")
    public List<Fee> putFees(@Valid @NotNull @Size(min = 1, max = 2000) List<@Valid @NotNull FeeRequest> fees) {
        String tenant = tenants.current();
        Instant now = Instant.now();
        for (FeeRequest r : fees) {
            String mod = r.modifier() == null ? "" : r.modifier();
            Fee f = Fee.find(tenant, r.code(), mod);
            boolean created = f == null;
            if (created) {
                f = new Fee();
                f.tenantId = tenant;
                f.code = r.code();
                f.modifier = mod;
            }
            f.charge = r.charge();
            f.updatedBy = tenants.actor();
            f.updatedAt = now;
            if (created) {
                f.persist();
            }
            audit("fee", mod.isEmpty() ? r.code() : r.code() + "-" + mod, created, r);
        }
        claims.rescrubHeld("fee schedule changed", RESCRUB_LIMIT);
        return Fee.all(tenant);
    }

    @GET
    @Path("/fees")
    @Operation(summary = "The tenant's fee schedule")
    public List<Fee> fees() {
        return Fee.all(tenants.current());
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.AUDITOR})
    @Operation(summary = "Setup changes, newest first: who changed what and when (optionally one entity)")
    public List<SetupAudit> audit(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId) {
        return SetupAudit.forTenant(tenants.current(), entity, entityId);
    }

    @SuppressWarnings("unchecked")
    private void audit(String entity, String id, boolean created, Object snapshot) {
        // every setup change comes through here: claims built from now on must not use a cached snapshot
        setup.changing(tenants.current());
        SetupAudit a = new SetupAudit();
        a.tenantId = tenants.current();
        a.entity = entity;
        a.entityId = id;
        a.action = created ? "CREATED" : "UPDATED";
        a.actor = tenants.actor();
        a.at = Instant.now();
        a.snapshot = mapper.convertValue(snapshot, Map.class);
        a.persist();
    }
}
