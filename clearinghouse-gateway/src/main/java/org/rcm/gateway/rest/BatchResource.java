package org.rcm.gateway.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.gateway.domain.Batch;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.time.Instant;
import java.util.List;

@Path("/batches")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BatchResource {
    @Inject
    TenantContext tenants;

    public record BatchView(String id, String partnerId, String interchangeControlNumber, long groupControlNumber,
                            String transactionControlNumber, int version, String fileName, String sha256,
                            int claimCount, String status, int attempts, String lastError, String ackStatus,
                            Instant ackedAt, boolean overdue, Instant createdAt, Instant sentAt) {
        static BatchView of(Batch b) {
            return new BatchView(b.id, b.partnerId, String.format("%09d", b.isa13), b.gs06, b.st02, b.version,
                    b.fileName, b.sha256, b.claimCount, b.status, b.attempts, b.lastError, b.ackStatus, b.ackedAt,
                    b.overdue, b.createdAt, b.sentAt);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "837P batches, newest first; status: ready, retry, sent, failed, acknowledged, rejected, overdue")
    public List<BatchView> list(@QueryParam("status")
                                @Pattern(regexp = "ready|retry|sending|sent|failed|acknowledged|rejected|overdue")
                                String status,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String tenant = tenants.current();
        String where = switch (status == null ? "" : status) {
            case "ready" -> " and status = 'READY'";
            case "retry" -> " and status = 'RETRY'";
            case "sending" -> " and status = 'SENDING'";
            case "sent" -> " and status = 'SENT'";
            case "failed" -> " and status = 'SEND_FAILED'";
            case "acknowledged" -> " and ackStatus in ('A', 'E', 'P')";
            case "rejected" -> " and ackStatus = 'R'";
            case "overdue" -> " and overdue = true and ackStatus is null";
            default -> "";
        };
        return Batch.<Batch>find("tenantId = ?1" + where, Sort.descending("createdAt"), tenant)
                .page(Page.of(page, size)).list().stream().map(BatchView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One batch")
    public BatchView get(@PathParam("id") String id) {
        return BatchView.of(find(id));
    }

    @GET
    @Path("/{id}/file")
    @Produces("application/edi-x12")
    @Transactional
    @RolesAllowed({"admin", "integrator", "auditor"})
    @Operation(summary = "The exact 837P bytes sent (and resent) for the batch")
    public Response file(@PathParam("id") String id) {
        Batch b = find(id);
        return Response.ok(b.content).header("Digest", "sha-256=" + b.sha256).build();
    }

    private Batch find(String id) {
        return Batch.findForTenant(tenants.current(), id).orElseThrow(() -> ApiException.notFound("batch"));
    }
}
