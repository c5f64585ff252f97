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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.rcm.platform.messaging.audit.AuditLog;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Idempotency-Key on mutating requests (POST, PUT, PATCH, DELETE), per tenant, for 24 hours: the same key with the
 * same request replays the first response; with a different request answers 422; while the first is still running
 * answers 409. A 5xx outcome is not kept, so the client may retry with the same key.
 * <p>
 * Each side is one statement outside any transaction (autocommit): claiming the key also takes over an expired one,
 * and finishing it writes the request's audit entry in the same statement ({@link AuditLog#CLAIMED_BY_IDEMPOTENCY}),
 * so a keyed request costs two round trips besides its own transaction instead of four transactions. When the
 * database is unreachable at that last step (the fault suite cuts it mid-request), the response stands and the
 * statement is retried in the background for up to 15 minutes, so the key does not stay in flight (409) for a day.
 */
public class IdempotencyFilter {
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    /** How long an outcome that could not be stored (database unreachable) is retried in the background. */
    private static final long RETRY_FOR_MILLIS = TimeUnit.MINUTES.toMillis(15);
    private static final ScheduledExecutorService RETRIES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "idempotency-outcome-retry");
        t.setDaemon(true);
        return t;
    });
    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = "rcm.idempotency.key";
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CLAIM = "INSERT INTO idempotency_key AS k (tenant_id, key, request_hash, state)"
            + " VALUES (?, ?, ?, 'IN_FLIGHT') ON CONFLICT (tenant_id, key) DO UPDATE SET"
            + " request_hash = excluded.request_hash, state = 'IN_FLIGHT', response_status = NULL,"
            + " response_body = NULL, response_location = NULL, created_at = now()"
            + " WHERE k.created_at < now() - interval '24 hours'";
    private static final String KEEP = "WITH k AS (UPDATE idempotency_key SET state = 'DONE', response_status = ?,"
            + " response_body = ?, response_location = ? WHERE tenant_id = ? AND key = ?) " + AuditLog.INSERT;
    private static final String FORGET = "WITH k AS (DELETE FROM idempotency_key WHERE tenant_id = ? AND key = ?) "
            + AuditLog.INSERT;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TenantContext tenants;
    @Inject
    RequestMetadata metadata;
    @Inject
    ObjectMapper json;
    @Inject
    AuditLog audit;

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
        Stored stored = QuarkusTransaction.suspendingExisting().call(() -> claim(tenant, key, hash));
        if (stored == null) {
            request.setProperty(CLAIMED, new String[]{tenant, key});
            request.setProperty(AuditLog.CLAIMED_BY_IDEMPOTENCY, Boolean.TRUE);
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

    /** Keeps the outcome (or, for a 5xx, forgets the key) and audits the call, in one autocommit statement. */
    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        String[] claimed = (String[]) request.getProperty(CLAIMED);
        if (claimed == null) {
            return;
        }
        int status = response.getStatus();
        AuditLog.Call call = audit.call(tenants.actor(), request.getMethod(), request.getUriInfo().getPath(), status);
        boolean keep = status < 500;
        String body = keep ? body(response) : null;
        String location = keep ? response.getHeaderString("Location") : null;
        Runnable store = () -> update(keep, claimed, body, status, location, call);
        try {
            QuarkusTransaction.suspendingExisting().run(store);
        } catch (RuntimeException e) {
            // the database went away between the request's own work and this statement (e.g. a failover): the
            // response stands, and the outcome (or the release of the key after a 5xx) and its audit entry are
            // stored once the database is back, so the key is not left in flight, answering 409, for 24 hours
            LOG.warnf("Idempotency-Key outcome not stored (%s); retrying in the background",
                    e.getClass().getSimpleName());
            retry(store, System.currentTimeMillis() + RETRY_FOR_MILLIS, 1);
        }
    }

    private static void retry(Runnable store, long until, int attempt) {
        RETRIES.schedule(() -> {
            try {
                store.run();
                LOG.infof("Idempotency-Key outcome stored after %d retries", attempt);
            } catch (RuntimeException e) {
                if (System.currentTimeMillis() < until) {
                    retry(store, until, attempt + 1);
                } else {
                    LOG.errorf("ALERT Idempotency-Key outcome still not stored after %d retries (%s); the key stays"
                            + " in flight until it expires", attempt, e.getClass().getSimpleName());
                }
            }
        }, Math.min(10_000L, 250L << Math.min(attempt, 6)), TimeUnit.MILLISECONDS);
    }

    record Stored(String hash, String state, int status, String body, String location) {
    }

    /**
     * Inserts the key as in flight, or takes over one older than 24 hours; returns null when this request now owns
     * it, else what is stored. One statement: a concurrent request with the same key waits for this one's row.
     */
    private Stored claim(String tenant, String key, String hash) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(CLAIM)) {
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

    /** Keeps the outcome (or forgets the key) and inserts the audit entry: one statement, atomic. */
    private void update(boolean keep, String[] claimed, String body, int status, String location, AuditLog.Call call) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(keep ? KEEP : FORGET)) {
            int i = 1;
            if (keep) {
                ps.setInt(i++, status);
                ps.setString(i++, body);
                ps.setString(i++, location);
            }
            ps.setString(i++, claimed[0]);
            ps.setString(i++, claimed[1]);
            AuditLog.bind(ps, i, claimed[0], call);
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
