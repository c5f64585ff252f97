package org.rcm.gateway.rest;

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
import org.rcm.gateway.domain.Submission;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SubmissionResource {
    @Inject
    TenantContext tenants;

    public record SubmissionView(String id, String claimId, String patientControlNumber, String payerId,
                                 String frequencyCode, BigDecimal totalCharge, String status, Instant receivedAt) {
        static SubmissionView of(Submission s) {
            return new SubmissionView(s.id, s.claimId, s.patientControlNumber, s.payerId, s.frequencyCode,
                    s.totalCharge, s.status, s.receivedAt);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "Claims received for submission, newest first, optionally by claim")
    public List<SubmissionView> list(@QueryParam("claimId") String claimId,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String tenant = tenants.current();
        var query = claimId == null
                ? Submission.<Submission>find("tenantId", Sort.descending("receivedAt"), tenant)
                : Submission.<Submission>find("tenantId = ?1 and claimId = ?2", Sort.descending("receivedAt"),
                tenant, claimId);
        return query.page(Page.of(page, size)).list().stream().map(SubmissionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One submission")
    public SubmissionView get(@PathParam("id") String id) {
        return SubmissionView.of(Submission.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("submission")));
    }
}
