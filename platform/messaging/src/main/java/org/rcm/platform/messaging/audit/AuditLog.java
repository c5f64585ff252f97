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
    private static final String INSERT = "INSERT INTO audit_log (tenant_id, actor, action, resource, outcome,"
            + " correlation_id) VALUES (?, ?, ?, ?, ?, ?)";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RequestMetadata metadata;

    public record Entry(long id, String actor, String action, String resource, int outcome, String correlationId,
                        Instant at) {
    }

    /** Records one action in its own transaction, so a failed business transaction is audited too. */
    public void record(String tenant, String actor, String action, String resource, int outcome) {
        String correlation = metadata.correlationId();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setString(1, tenant);
                ps.setString(2, actor);
                ps.setString(3, action);
                ps.setString(4, resource.length() > 512 ? resource.substring(0, 512) : resource);
                ps.setInt(5, outcome);
                ps.setString(6, correlation);
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
