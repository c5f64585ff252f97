package org.rcm.platform.messaging;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.util.Map;
import java.util.UUID;

/** A minimal API used to test the platform's web behaviour (auth, problems, idempotency, audit). */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProbeResource {
    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;

    public record NoteRequest(@NotBlank @Size(max = 200) String text) {
    }

    @GET
    public Map<String, String> whoAmI() {
        return Map.of("tenant", tenants.current(), "actor", tenants.actor());
    }

    /** Native SQL with no tenant filter at all: row-level security must still confine it to the caller. */
    @GET
    @Path("/notes/count")
    @Transactional
    public Map<String, Long> countAllNotes() {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM probe_note").getSingleResult();
        return Map.of("count", n.longValue());
    }

    @POST
    @RolesAllowed("biller")
    @Transactional
    public Response create(@Valid @NotNull NoteRequest request, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO probe_note (id, tenant_id, text) VALUES (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, tenants.current()).setParameter(3, request.text())
                .executeUpdate();
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(Map.of("id", id)).build();
    }
}
