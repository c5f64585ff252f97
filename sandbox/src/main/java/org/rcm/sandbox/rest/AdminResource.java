package org.rcm.sandbox.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rcm.sandbox.engine.Clearinghouse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Test and demo controls: what was received, scripted faults, files placed in a mailbox by hand. */
@Path("/sandbox")
public class AdminResource {
    @Inject
    Clearinghouse clearinghouse;
    @Inject
    Faults faults;

    @GET
    @Path("/claims")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Clearinghouse.ReceivedClaim> claims() {
        return clearinghouse.claims();
    }

    /** Scripts the next REST answers: {@code acceptThenFail} process then answer 503; {@code unavailable} 503. */
    @POST
    @Path("/faults")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> faults(@QueryParam("acceptThenFail") Integer acceptThenFail,
                                       @QueryParam("unavailable") Integer unavailable) {
        if (acceptThenFail != null) {
            faults.acceptThenFail.set(acceptThenFail);
        }
        if (unavailable != null) {
            faults.unavailable.set(unavailable);
        }
        return Map.of("acceptThenFail", faults.acceptThenFail.get(), "unavailable", faults.unavailable.get());
    }

    /** Places raw bytes in a channel's outbox (sftp or rest) as a file of the given kind (999, 277, 835). */
    @POST
    @Path("/outbox/{channel}/{kind}")
    @Consumes({"application/edi-x12", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.TEXT_PLAIN)
    public Response inject(@PathParam("channel") String channel, @PathParam("kind") String kind, byte[] body)
            throws IOException {
        if (!List.of(Clearinghouse.SFTP, Clearinghouse.REST).contains(channel) || !kind.matches("[a-z0-9]{2,5}")) {
            return Response.status(400).build();
        }
        return Response.ok(clearinghouse.deliver(channel, kind, body)).build();
    }
}
