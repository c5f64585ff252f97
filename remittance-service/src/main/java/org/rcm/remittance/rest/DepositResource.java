package org.rcm.remittance.rest;

import org.rcm.platform.events.Ids;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;
import org.rcm.remittance.domain.Deposit;
import org.rcm.remittance.domain.RemittanceAdvice;
import org.rcm.platform.messaging.persistence.Lookups;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Bank deposits reconciled against ERAs by EFT/check trace number (TRN02) and amount (BPR02). */
@Path("/deposits")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DepositResource {
    @Inject
    TenantContext tenants;

    public record DepositRequest(@NotBlank @Size(max = 64) String traceNumber,
                                 @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                                 @NotNull LocalDate depositDate, @Size(max = 64) String bankReference) {
    }

    public record DepositView(String id, String traceNumber, BigDecimal amount, LocalDate depositDate,
                              String bankReference, String status, String remittanceId, BigDecimal difference,
                              String enteredBy, Instant enteredAt) {
        static DepositView of(Deposit d) {
            return new DepositView(d.id, d.traceNumber, d.amount, d.depositDate, d.bankReference, d.status,
                    d.remittanceId, d.difference, d.enteredBy, d.enteredAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.BILLER})
    @Operation(summary = "Enter a bank deposit; it is reconciled against the ERA with the same trace number")
    public DepositView create(@NotNull @Valid DepositRequest req) {
        String tenant = tenants.current();
        String ref = req.bankReference() == null ? "" : req.bankReference();
        if (Lookups.count(Deposit.class, "tenantId = ?1 and traceNumber = ?2 and bankReference = ?3", tenant,
                req.traceNumber(), ref) > 0) {
            throw ApiException.conflict("a deposit with this trace number and bank reference exists");
        }
        Deposit d = new Deposit();
        d.id = Ids.newId();
        d.tenantId = tenant;
        d.traceNumber = req.traceNumber();
        d.amount = req.amount();
        d.depositDate = req.depositDate();
        d.bankReference = ref;
        d.enteredBy = tenants.actor();
        d.enteredAt = Instant.now();
        d.reconcile(RemittanceAdvice.byTrace(tenant, req.traceNumber()).stream().findFirst().orElse(null));
        d.persist();
        return DepositView.of(d);
    }

    @GET
    @Transactional
    @Operation(summary = "Deposits, newest first, optionally by status (RECONCILED, AMOUNT_MISMATCH, UNMATCHED)")
    public List<DepositView> list(@QueryParam("status") String status) {
        String tenant = tenants.current();
        List<Deposit> list = status == null
                ? Deposit.list("tenantId = ?1", Sort.descending("enteredAt"), tenant)
                : Deposit.list("tenantId = ?1 and status = ?2", Sort.descending("enteredAt"), tenant, status);
        return list.stream().map(DepositView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One deposit with its reconciliation")
    public DepositView get(@PathParam("id") String id) {
        return DepositView.of(Deposit.findForTenant(tenants.current(), id)
                .orElseThrow(() -> ApiException.notFound("deposit")));
    }
}
