package org.rcm.platform.messaging.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.rcm.platform.messaging.tenant.MissingTenantException;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Idempotency-Key on mutating requests (POST, PUT, PATCH, DELETE), per tenant, for 24 hours: the same key with the
 * same request replays the first response; with a different request answers 422; while the first is still running
 * answers 409. A 5xx outcome is not kept, so the client may retry with the same key.
 */
public class IdempotencyFilter {
    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = "rcm.idempotency.key";
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TenantContext tenants;
    @Inject
    RequestMetadata metadata;
    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Response onRequest(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !MUTATING.contains(request.getMethod())) {
            return null;
        }
        if (key.isBlank() || key.length() > 255) {
            return problem(400, "Idempotency-Key must be 1 to 255 characters");
        }
        String tenant;
        try {
            tenant = tenants.current();
        } catch (MissingTenantException e) {
            return null;   // not authenticated: the security layer answers
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = hash(request.getMethod(), request.getUriInfo().getPath(), body);
        Stored stored = QuarkusTransaction.requiringNew().call(() -> claim(tenant, key, hash));
        if (stored == null) {
            request.setProperty(CLAIMED, new String[]{tenant, key});
            return null;
        }
        if (!"DONE".equals(stored.state())) {
            return problem(409, "a request with this Idempotency-Key is still in progress");
        }
        if (!stored.hash().equals(hash)) {
            return problem(422, "Idempotency-Key was already used with a different request");
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            replay.entity(stored.body()).type(stored.status() >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON);
        }
        if (stored.location() != null) {
            replay.header("Location", stored.location());
        }
        return replay.build();
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        String[] claimed = (String[]) request.getProperty(CLAIMED);
        if (claimed == null) {
            return;
        }
        int status = response.getStatus();
        QuarkusTransaction.requiringNew().run(() -> {
            if (status >= 500) {
                update("DELETE FROM idempotency_key WHERE tenant_id = ? AND key = ?", claimed, null, 0, null);
            } else {
                String location = response.getHeaderString("Location");
                update("UPDATE idempotency_key SET state = 'DONE', response_status = ?, response_body = ?,"
                        + " response_location = ? WHERE tenant_id = ? AND key = ?", claimed, body(response), status,
                        location);
            }
        });
    }

    record Stored(String hash, String state, int status, String body, String location) {
    }

    /** Inserts the key as in flight; returns null when this request now owns it, else what is stored. */
    private Stored claim(String tenant, String key, String hash) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM idempotency_key WHERE tenant_id = ?"
                    + " AND key = ? AND created_at < now() - interval '24 hours'")) {
                purge.setString(1, tenant);
                purge.setString(2, key);
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_key (tenant_id, key,"
                    + " request_hash, state) VALUES (?, ?, ?, 'IN_FLIGHT') ON CONFLICT DO NOTHING")) {
                insert.setString(1, tenant);
                insert.setString(2, key);
                insert.setString(3, hash);
                if (insert.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT request_hash, state, response_status,"
                    + " response_body, response_location FROM idempotency_key WHERE tenant_id = ? AND key = ?")) {
                select.setString(1, tenant);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    private void update(String sql, String[] claimed, String body, int status, String location) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (sql.startsWith("UPDATE")) {
                ps.setInt(i++, status);
                ps.setString(i++, body);
                ps.setString(i++, location);
            }
            ps.setString(i++, claimed[0]);
            ps.setString(i, claimed[1]);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    private String body(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private Response problem(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Unprocessable Content" : known.getReasonPhrase();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, null, metadata.correlationId(),
                        List.of(new Problem.FieldError(HEADER, detail))))
                .build();
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
