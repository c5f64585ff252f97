package org.rcm.remittance.rest;

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
import jakarta.validation.constraints.NotBlank;
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
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;
import org.rcm.remittance.domain.Candidates;
import org.rcm.remittance.domain.Payment;
import org.rcm.remittance.domain.PostedLine;
import org.rcm.remittance.domain.PostingHistory;
import org.rcm.remittance.service.PostingService;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PaymentResource {
    @Inject
    TenantContext tenants;
    @Inject
    PostingService posting;

    public record PaymentView(String id, String claimId, String patientControlNumber, String payerId,
                              String traceNumber, LocalDate paymentDate, String claimStatusCode, String status,
                              BigDecimal chargeAmount, BigDecimal paidAmount, BigDecimal allowedAmount,
                              BigDecimal patientResponsibility, BigDecimal deductible, BigDecimal coinsurance,
                              BigDecimal copay, BigDecimal contractualAdjustment, BigDecimal deniedAmount,
                              BigDecimal interest, String payerClaimControlNumber, List<Adjustment> adjustments,
                              List<String> remarkCodes, List<PostedLine> lines,
                              List<Candidates.Candidate> candidates, String reversesPaymentId,
                              String reversedByPaymentId, String matchedBy, Instant postedAt) {
        static PaymentView of(Payment p) {
            return new PaymentView(p.id, p.claimId, p.patientControlNumber, p.payerId, p.traceNumber, p.paymentDate,
                    p.claimStatusCode, p.status, p.chargeAmount, p.paidAmount, p.allowedAmount,
                    p.patientResponsibility, p.deductible, p.coinsurance, p.copay, p.contractualAdjustment,
                    p.deniedAmount, p.interest, p.payerClaimControlNumber, p.adjustments, p.remarkCodes, p.lines,
                    p.candidates, p.reversesPaymentId, p.reversedByPaymentId, p.matchedBy, p.postedAt);
        }
    }

    public record HistoryView(String paymentId, String action, String detail, String actor, Instant at) {
    }

    public record MatchRequest(@NotBlank @Size(max = 64) String claimId) {
    }

    @GET
    @Transactional
    @Operation(summary = "Claim payments, newest first, optionally for one claim or status (UNMATCHED is the queue)")
    public List<PaymentView> list(@QueryParam("claimId") String claimId, @QueryParam("status") String status,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder q = new StringBuilder("tenantId = :tenant");
        Parameters params = Parameters.with("tenant", tenants.current());
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
    @Operation(summary = "One claim payment with its lines, adjustments and (when unmatched) candidate claims")
    public PaymentView get(@PathParam("id") String id) {
        return PaymentView.of(Payment.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("payment")));
    }

    @POST
    @Path("/{id}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Match an unmatched payment to a submitted claim; it is posted now")
    public PaymentView match(@PathParam("id") String id, @NotNull @Valid MatchRequest request) {
        return PaymentView.of(posting.match(id, request.claimId()));
    }

    @GET
    @Path("/history")
    @Transactional
    @Operation(summary = "Posting history of one claim: postings, reversals, matches, oldest first")
    public List<HistoryView> history(@QueryParam("claimId") @NotBlank String claimId) {
        return PostingHistory.<PostingHistory>list("tenantId = ?1 and claimId = ?2 order by id", tenants.current(),
                claimId).stream().map(h -> new HistoryView(h.paymentId, h.action, h.detail, h.actor, h.at)).toList();
    }
}
