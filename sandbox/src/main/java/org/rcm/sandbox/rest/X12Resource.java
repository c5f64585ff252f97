package org.rcm.sandbox.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rcm.sandbox.SandboxConfig;
import org.rcm.sandbox.engine.Clearinghouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The REST X12 API (Stedi style). {@code POST /x12/submissions} takes an 837P interchange with an
 * {@code Idempotency-Key}; the same key with the same bytes replays the first answer (the 999 or TA1) without
 * processing again, the same key with other bytes is 422. 277CA and 835 files wait in the outbox:
 * {@code GET /x12/outbox}, {@code GET /x12/outbox/{name}}, {@code POST /x12/outbox/{name}/ack}.
 * {@code POST /x12/realtime} answers a 270 with a 271.
 */
@Path("/x12")
public class X12Resource {
    static final String EDI = "application/edi-x12";

    @Inject
    Clearinghouse clearinghouse;
    @Inject
    Faults faults;
    @Inject
    SandboxConfig config;

    @POST
    @Path("/submissions")
    @Consumes({EDI, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(EDI)
    public Response submit(@HeaderParam("Idempotency-Key") String key, @HeaderParam("Authorization") String auth,
                           byte[] body) throws IOException {
        if (!authorized(auth)) {
            return Response.status(401).build();
        }
        if (key == null || key.isBlank() || key.length() > 200) {
            return Response.status(400).entity("Idempotency-Key header is required").type(MediaType.TEXT_PLAIN)
                    .build();
        }
        if (Faults.take(faults.unavailable)) {
            return Response.status(503).build();
        }
        java.nio.file.Path dir = clearinghouse.dataDir().resolve("rest/idempotency")
                .resolve(Clearinghouse.sha256(key.getBytes(StandardCharsets.UTF_8)));
        String sha = Clearinghouse.sha256(body);
        synchronized (this) {
            if (Files.exists(dir.resolve("response"))) {
                if (!sha.equals(Files.readString(dir.resolve("sha256")))) {
                    return Response.status(422).entity("Idempotency-Key reused with a different body")
                            .type(MediaType.TEXT_PLAIN).build();
                }
                return Response.ok(Files.readAllBytes(dir.resolve("response"))).header("Idempotent-Replayed", "true")
                        .build();
            }
            Clearinghouse.Outcome outcome = clearinghouse.receive(Clearinghouse.REST, body);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("sha256"), sha);
            Files.write(dir.resolve("response"), outcome.acknowledgment());
            if (Faults.take(faults.acceptThenFail)) {
                return Response.status(503).build();
            }
            return Response.ok(outcome.acknowledgment()).header("X-Sandbox-Duplicate", outcome.duplicate()).build();
        }
    }

    @GET
    @Path("/outbox")
    @Produces(MediaType.APPLICATION_JSON)
    public Response outbox(@HeaderParam("Authorization") String auth) throws IOException {
        if (!authorized(auth)) {
            return Response.status(401).build();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<java.nio.file.Path> ds = Files.newDirectoryStream(clearinghouse.outbox(Clearinghouse.REST))) {
            for (java.nio.file.Path p : ds) {
                if (Files.isRegularFile(p)) {
                    names.add(p.getFileName().toString());
                }
            }
        }
        names.sort(null);
        return Response.ok(names).build();
    }

    @GET
    @Path("/outbox/{name}")
    @Produces(EDI)
    public Response file(@PathParam("name") String name, @HeaderParam("Authorization") String auth)
            throws IOException {
        if (!authorized(auth)) {
            return Response.status(401).build();
        }
        java.nio.file.Path p = resolve(name);
        return p == null || !Files.isRegularFile(p) ? Response.status(404).build()
                : Response.ok(Files.readAllBytes(p)).build();
    }

    @POST
    @Path("/outbox/{name}/ack")
    public Response ack(@PathParam("name") String name, @HeaderParam("Authorization") String auth)
            throws IOException {
        if (!authorized(auth)) {
            return Response.status(401).build();
        }
        java.nio.file.Path p = resolve(name);
        if (p == null || !Files.isRegularFile(p)) {
            return Response.status(404).build();
        }
        Files.move(p, p.getParent().resolve("processed").resolve(name), StandardCopyOption.REPLACE_EXISTING);
        return Response.noContent().build();
    }

    @POST
    @Path("/realtime")
    @Consumes({EDI, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(EDI)
    public Response realtime(@HeaderParam("Authorization") String auth, byte[] body) {
        if (!authorized(auth)) {
            return Response.status(401).build();
        }
        if (Faults.take(faults.unavailable)) {
            return Response.status(503).build();
        }
        try {
            return Response.ok(clearinghouse.eligibility(body)).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(e.getMessage()).type(MediaType.TEXT_PLAIN).build();
        }
    }

    private java.nio.file.Path resolve(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,80}") || name.contains("..")) {
            return null;
        }
        return clearinghouse.outbox(Clearinghouse.REST).resolve(name);
    }

    private boolean authorized(String header) {
        return config.apiKey().map(k -> ("Bearer " + k).equals(header)).orElse(true);
    }
}
