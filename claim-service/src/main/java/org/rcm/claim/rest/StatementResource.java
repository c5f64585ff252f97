package org.rcm.claim.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rcm.claim.domain.Claim;
import org.rcm.claim.domain.ClaimLifecycle;
import org.rcm.claim.domain.ClaimStatus;
import org.rcm.claim.domain.PatientRecord;
import org.rcm.claim.domain.Practice;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The patient's statement: what they owe on adjudicated claims (copay, coinsurance, deductible from the
 * remittance). A claim that went on to a secondary payer, or was replaced, counts through its follow-up claim.
 */
@Path("/patients/{patientId}/statement")
@Authenticated
@Tag(name = "Statements")
public class StatementResource {
    @Inject
    TenantContext tenants;

    public record Party(String name, ClaimSubmitted.Address address, String phone) {
    }

    public record Item(String claimId, String patientControlNumber, LocalDate dateOfService, List<String> codes,
                       String payerName, BigDecimal charge, BigDecimal insurancePaid, BigDecimal deductible,
                       BigDecimal coinsurance, BigDecimal copay, BigDecimal patientResponsibility) {
    }

    public record Statement(String patientId, LocalDate statementDate, Party practice, Party patient,
                            List<Item> items, BigDecimal totalDue) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.FRONT_DESK})
    @Operation(summary = "Patient statement (JSON): patient responsibility per adjudicated claim and the total due")
    public Statement json(@PathParam("patientId") String patientId) {
        return build(patientId);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.FRONT_DESK})
    @Operation(summary = "Patient statement as printable HTML")
    public String html(@PathParam("patientId") String patientId) {
        return StatementHtml.render(build(patientId));
    }

    Statement build(String patientId) {
        String tenant = tenants.current();
        PatientRecord patient = PatientRecord.find(tenant, patientId).orElse(null);
        List<Claim> all = Claim.list("tenantId = ?1 and patientId = ?2 order by dateOfService, createdAt", tenant,
                patientId);
        if (patient == null && all.isEmpty()) {
            throw ApiException.notFound("patient");
        }
        Set<String> superseded = new HashSet<>();
        for (Claim c : all) {
            if (c.relatedClaimId != null && ("SECONDARY".equals(c.relation) || "REPLACEMENT".equals(c.relation)
                    || "VOID".equals(c.relation))) {
                superseded.add(c.relatedClaimId);
            }
        }
        List<Item> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Practice practice = null;
        for (Claim c : all) {
            if (superseded.contains(c.id) || "VOID".equals(c.relation) || c.status == ClaimStatus.CORRECTED
                    || !ClaimLifecycle.adjudicated(c.status) || c.patientResponsibility == null
                    || c.patientResponsibility.signum() <= 0) {
                continue;
            }
            if (practice == null) {
                practice = Practice.find(tenant, c.practiceId).orElse(null);
            }
            BigDecimal insurancePaid = c.paidAmount == null ? BigDecimal.ZERO : c.paidAmount;
            if (c.otherPayers != null) {
                for (ClaimSubmitted.OtherPayer op : c.otherPayers) {
                    if (op.paidAmount() != null) {
                        insurancePaid = insurancePaid.add(op.paidAmount());
                    }
                }
            }
            items.add(new Item(c.id, c.patientControlNumber, c.dateOfService,
                    c.lines.stream().map(ClaimSubmitted.ClaimLine::code).toList(),
                    c.payer == null ? null : c.payer.name(), c.totalCharge, insurancePaid, c.deductible,
                    c.coinsurance, c.copay, c.patientResponsibility));
            total = total.add(c.patientResponsibility);
        }
        ClaimSubmitted.Person demo = patient == null ? null : patient.demographics;
        Party patientParty = demo == null ? null : new Party(demo.firstName() + " " + demo.lastName(), demo.address(),
                null);
        Party practiceParty = practice == null ? null : new Party(practice.name,
                practice.payTo != null ? practice.payTo : practice.address, practice.phone);
        return new Statement(patientId, LocalDate.now(), practiceParty, patientParty, items, total);
    }
}
