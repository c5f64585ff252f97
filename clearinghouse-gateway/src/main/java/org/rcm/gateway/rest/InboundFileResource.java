package org.rcm.gateway.rest;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.gateway.domain.InboundFile;

import java.time.Instant;
import java.util.List;

/**
 * Inbound files are per trading partner, not per tenant (one 835 may pay several tenants' claims): metadata only,
 * for operators (admin, integrator, auditor).
 */
@Path("/inbound-files")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "integrator", "auditor"})
public class InboundFileResource {

    public record InboundFileView(String id, String partnerId, String fileName, String sha256, String fileType,
                                  String status, String detail, Instant receivedAt, Instant appliedAt) {
    }

    @GET
    @Transactional
    @Operation(summary = "Archived inbound files (999, 277CA, 835), newest first, optionally by status")
    public List<InboundFileView> list(@QueryParam("status")
                                      @Pattern(regexp = "RECEIVED|APPLIED|DUPLICATE|REJECTED|UNMATCHED|UNSUPPORTED|FAILED")
                                      String status) {
        var q = status == null ? InboundFile.<InboundFile>findAll(Sort.descending("receivedAt"))
                : InboundFile.<InboundFile>find("status", Sort.descending("receivedAt"), status);
        return q.page(0, 200).list().stream().map(f -> new InboundFileView(f.id, f.partnerId, f.fileName, f.sha256,
                f.fileType, f.status, f.detail, f.receivedAt, f.appliedAt)).toList();
    }
}
