package org.rcm.platform.messaging.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rcm.platform.messaging.tenant.RequestMetadata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only audit trail (a database trigger refuses UPDATE and DELETE). */
@ApplicationScoped
public class AuditLog {
    /** The audit row's insert; its six parameters are bound by {@link #bind}. */
    public static final String INSERT = "INSERT INTO audit_log (tenant_id, actor, action, resource, outcome,"
            + " correlation_id) VALUES (?, ?, ?, ?, ?, ?)";
    /**
     * Request property: the Idempotency-Key filter writes this request's audit entry in the statement that finishes
     * the key, so {@link AuditFilter} leaves it alone.
     */
    public static final String CLAIMED_BY_IDEMPOTENCY = "rcm.audit.by-idempotency";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RequestMetadata metadata;

    public record Entry(long id, String actor, String action, String resource, int outcome, String correlationId,
                        Instant at) {
    }

    /** One API call to audit (the tenant is bound with it). */
    public record Call(String actor, String action, String resource, int outcome, String correlationId) {
    }

    /** The call being answered, with the request's correlation id. */
    public Call call(String actor, String action, String resource, int outcome) {
        return new Call(actor, action, resource.length() > 512 ? resource.substring(0, 512) : resource, outcome,
                metadata.correlationId());
    }

    /** Binds {@link #INSERT}'s parameters from {@code first} on. */
    public static void bind(PreparedStatement ps, int first, String tenant, Call call) throws SQLException {
        ps.setString(first, tenant);
        ps.setString(first + 1, call.actor());
        ps.setString(first + 2, call.action());
        ps.setString(first + 3, call.resource());
        ps.setInt(first + 4, call.outcome());
        ps.setString(first + 5, call.correlationId());
    }

    /**
     * Records one action on its own, outside any transaction (one autocommit statement), so a failed business
     * transaction is audited too.
     */
    public void record(String tenant, String actor, String action, String resource, int outcome) {
        Call call = call(actor, action, resource, outcome);
        QuarkusTransaction.suspendingExisting().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
                bind(ps, 1, tenant, call);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("audit log unavailable", e);
            }
        });
    }

    public List<Entry> find(String tenant, String actor, Instant from, Instant to, int limit) {
        String sql = "SELECT id, actor, action, resource, outcome, correlation_id, at FROM audit_log"
                + " WHERE tenant_id = ? AND (? IS NULL OR actor = ?) AND at >= ? AND at < ? ORDER BY id DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setString(2, actor);
            ps.setString(3, actor);
            ps.setTimestamp(4, Timestamp.from(from));
            ps.setTimestamp(5, Timestamp.from(to));
            ps.setInt(6, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("audit log unavailable", e);
        }
    }
}
