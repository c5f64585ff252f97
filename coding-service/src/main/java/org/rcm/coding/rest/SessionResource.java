package org.rcm.coding.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.coding.domain.CodeAssignment;
import org.rcm.coding.domain.CodeOverride;
import org.rcm.coding.domain.Session;
import org.rcm.coding.service.CodingService;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SessionResource {
    @Inject
    CodingService coding;
    @Inject
    TenantContext tenants;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.BILLER})
    @Operation(summary = "Document a therapy session; it is coded in the same transaction"
            + " (SessionDocumented, then CodesAssigned)")
    public Response document(@Valid @NotNull SessionRequest r, UriInfo uri) {
        Session s = coding.document(toEvent(r, ""));
        return Response.created(uri.getAbsolutePathBuilder().path(s.id).build()).entity(SessionView.of(s, null))
                .build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed({Roles.ADMIN, Roles.CODER, Roles.BILLER})
    @Operation(summary = "Document up to " + SessionBatchRequest.MAX + " sessions at once (an EHR's export): all"
            + " of them are stored and coded in one transaction, or none (a problem names the session and field,"
            + " e.g. sessions[3].minutes); each gets its own SessionDocumented and CodesAssigned")
    public Response documentAll(@Valid @NotNull SessionBatchRequest batch) {
        List<SessionDocumented> events = new ArrayList<>(batch.sessions().size());
        for (int i = 0; i < batch.sessions().size(); i++) {
            events.add(toEvent(batch.sessions().get(i), "sessions[" + i + "]."));
        }
        List<SessionView> views = new ArrayList<>(events.size());
        for (Session s : coding.documentAll(events)) {
            views.add(SessionView.of(s, null));
        }
        return Response.status(Response.Status.CREATED).entity(new SessionBatchView(views.size(), views)).build();
    }

    /** The request as the event it becomes; a fault names its field under {@code place}. */
    private static SessionDocumented toEvent(SessionRequest r, String place) {
        SessionDocumented.Participants participants = r.participants() == null
                ? new SessionDocumented.Participants(true, false, 0, false)
                : new SessionDocumented.Participants(r.participants().patientPresent(),
                r.participants().familyPresent(), r.participants().groupSize(), r.participants().interpreter());
        if (r.startTime() != null && r.endTime() != null && !r.endTime().isAfter(r.startTime())) {
            throw ApiException.invalid(place + "endTime", "endTime must be after startTime");
        }
        return new SessionDocumented(null, r.practiceId(), r.renderingProviderId(),
                r.patientId(), r.payerId(), r.dateOfService(), r.startTime(), r.endTime(), r.minutes(),
                r.modality().name(), r.patientLocation().name(), r.serviceType().name(), participants,
                r.diagnoses(), r.narrative(), r.emCode());
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A session with its assigned codes and evidence")
    public SessionView get(@PathParam("id") String id) {
        String tenant = tenants.current();
        Session s = Session.findForTenant(tenant, id).orElseThrow(() -> ApiException.notFound("session"));
        return SessionView.of(s, CodeAssignment.findForTenant(tenant, id).orElse(null));
    }

    @GET
    @Path("/{id}/codes")
    @Transactional
    @Operation(summary = "The coding suggestion (or the reviewed codes) with evidence, note findings and overrides")
    public CodesView codes(@PathParam("id") String id) {
        String tenant = tenants.current();
        Session s = Session.findForTenant(tenant, id).orElseThrow(() -> ApiException.notFound("session"));
        CodeAssignment a = CodeAssignment.findForTenant(tenant, id)
                .orElseThrow(() -> ApiException.notFound("codes of the session"));
        return CodesView.of(s, a, CodeOverride.forSession(tenant, id));
    }

    @PUT
    @Path("/{id}/codes")
    @RolesAllowed({Roles.ADMIN, Roles.CODER})
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Override the codes (reason required, audited); emits CodesAssigned with a higher revision")
    public CodesView override(@PathParam("id") String id, @Valid @NotNull OverrideRequest r) {
        for (int i = 0; i < r.lines().size(); i++) {
            List<Integer> pointers = r.lines().get(i).diagnosisPointers();
            if (pointers != null && pointers.stream().anyMatch(p -> p > r.diagnoses().size())) {
                throw ApiException.invalid("lines[" + i + "].diagnosisPointers", "must point at a listed diagnosis");
            }
        }
        coding.override(id, r.toChange());
        return codes(id);
    }
}
