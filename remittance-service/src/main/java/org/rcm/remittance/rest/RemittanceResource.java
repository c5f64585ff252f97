package org.rcm.remittance.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.platform.events.gateway.RemittanceAdviceReceived;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.remittance.domain.Reconciliation;
import org.rcm.remittance.domain.RemittanceAdvice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** ERAs (payment headers) with their PLB adjustments and reconciliation: BPR02 = Σ CLP04 − Σ PLB. */
@Path("/remittances")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RemittanceResource {
    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;

    public record RemittanceView(String remittanceId, String payerId, String traceNumber, String paymentMethod,
                                 LocalDate paymentDate, List<RemittanceAdviceReceived.ProviderAdjustment> providerAdjustments,
                                 Reconciliation reconciliation) {
    }

    @GET
    @Path("/{remittanceId}")
    @Transactional
    @Operation(summary = "One ERA with PLB adjustments and its reconciliation against the posted claim payments")
    public RemittanceView get(@PathParam("remittanceId") String remittanceId) {
        String tenant = tenants.current();
        RemittanceAdvice a = RemittanceAdvice.find(tenant, remittanceId)
                .orElseThrow(() -> ApiException.notFound("remittance"));
        Object[] row = (Object[]) em.createQuery("select coalesce(sum(p.paidAmount), 0), count(p) from Payment p"
                        + " where p.tenantId = ?1 and p.remittanceId = ?2")
                .setParameter(1, tenant).setParameter(2, remittanceId).getSingleResult();
        Reconciliation r = Reconciliation.of(a.era(), (BigDecimal) row[0], ((Number) row[1]).intValue());
        return new RemittanceView(a.remittanceId, a.payerId, a.traceNumber, a.paymentMethod, a.paymentDate,
                a.providerAdjustments, r);
    }
}
