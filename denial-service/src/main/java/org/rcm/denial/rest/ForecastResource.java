package org.rcm.denial.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.denial.domain.ApprovalForecaster;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.util.List;

/** P(paid without denial) for a claim about to be submitted, from this tenant's own adjudication history. */
@Path("/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ForecastResource {
    static final double STRENGTH = 20;

    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;

    public record ForecastRequest(@NotBlank @Size(max = 64) String payerId, @NotBlank @Size(max = 8) String code,
                                  List<@Size(max = 2) String> modifiers, @Size(max = 2) String placeOfService,
                                  boolean priorAuthorization) {
    }

    @POST
    @Transactional
    @Operation(summary = "Probability that the claim is paid without denial (payer x code x modifiers x POS x auth, shrunk toward wider groups)")
    public ApprovalForecaster.Forecast forecast(@NotNull @Valid ForecastRequest req) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT payer_id, lines->0->>'code', lines->0->'modifiers',"
                        + " place_of_service, prior_authorization, first_outcome FROM claim_fact WHERE tenant_id = ?1"
                        + " AND first_outcome IS NOT NULL")
                .setParameter(1, tenants.current()).getResultList();
        ApprovalForecaster model = new ApprovalForecaster(STRENGTH);
        for (Object[] r : rows) {
            model.add(new ApprovalForecaster.Outcome(new ApprovalForecaster.Features((String) r[0], (String) r[1],
                    modifiersKey(r[2] == null ? "" : r[2].toString()), (String) r[3], Boolean.TRUE.equals(r[4])),
                    "PAID".equals(r[5])));
        }
        String mods = req.modifiers() == null ? "" : String.join(",", req.modifiers().stream().sorted().toList());
        return model.forecast(new ApprovalForecaster.Features(req.payerId(), req.code(), mods, req.placeOfService(),
                req.priorAuthorization()));
    }

    /** ["95","HO"] as JSON text → "95,HO" (sorted). */
    static String modifiersKey(String json) {
        return String.join(",", java.util.Arrays.stream(json.replaceAll("[\\[\\]\" ]", "").split(","))
                .filter(s -> !s.isEmpty()).sorted().toList());
    }
}
