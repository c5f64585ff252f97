package org.rcm.remittance.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.remittance.domain.Payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PaymentResource {
    @Inject
    TenantContext tenants;

    public record PaymentView(String id, String claimId, String patientControlNumber, String payerId,
                              String traceNumber, String claimStatusCode, String status, BigDecimal chargeAmount,
                              BigDecimal paidAmount, BigDecimal patientResponsibility,
                              BigDecimal contractualAdjustment, BigDecimal deniedAmount,
                              String payerClaimControlNumber, List<Adjustment> adjustments, Instant postedAt) {
        static PaymentView of(Payment p) {
            return new PaymentView(p.id, p.claimId, p.patientControlNumber, p.payerId, p.traceNumber,
                    p.claimStatusCode, p.status, p.chargeAmount, p.paidAmount, p.patientResponsibility,
                    p.contractualAdjustment, p.deniedAmount, p.payerClaimControlNumber, p.adjustments, p.postedAt);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "Posted claim payments, newest first, optionally for one claim or status (e.g. UNMATCHED)")
    public List<PaymentView> list(@QueryParam("claimId") String claimId, @QueryParam("status") String status,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder q = new StringBuilder("tenantId = :tenant");
        var params = io.quarkus.panache.common.Parameters.with("tenant", tenants.current());
        if (claimId != null) {
            q.append(" and claimId = :claim");
            params = params.and("claim", claimId);
        }
        if (status != null) {
            q.append(" and status = :status");
            params = params.and("status", status);
        }
        return Payment.<Payment>find(q.toString(), Sort.descending("postedAt"), params).page(Page.of(page, size))
                .list().stream().map(PaymentView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One posted claim payment with its adjustments")
    public PaymentView get(@PathParam("id") String id) {
        return PaymentView.of(Payment.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("payment")));
    }
}
