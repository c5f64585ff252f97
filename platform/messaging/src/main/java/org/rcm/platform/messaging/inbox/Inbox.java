package org.rcm.platform.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.platform.events.EventEnvelope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The idempotent-consumer log: one row per (consumer, eventId), written with the consumer's effect. */
@ApplicationScoped
public class Inbox {
    private static final String INSERT = "INSERT INTO inbox (consumer, event_id, event_type, tenant_id)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private static final String INSERT_ALL = "INSERT INTO inbox (consumer, event_id, event_type, tenant_id)"
            + " SELECT ?, e.id, e.type, e.tenant FROM unnest(?::uuid[], ?::text[], ?::text[]) AS e(id, type, tenant)"
            + " ON CONFLICT DO NOTHING RETURNING event_id";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Records a batch in one statement; returns the ids seen for the first time (their effects must be applied).
     * An id that occurs twice in the batch is returned once: the caller applies it once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, List<EventEnvelope> events) {
        Object[] ids = new Object[events.size()];
        Object[] types = new Object[events.size()];
        Object[] tenants = new Object[events.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = events.get(i).eventId();
            types[i] = events.get(i).eventType();
            tenants[i] = events.get(i).tenantId();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT_ALL)) {
            ps.setString(1, consumer);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            ps.setArray(3, c.createArrayOf("text", types));
            ps.setArray(4, c.createArrayOf("text", tenants));
            Set<UUID> fresh = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getObject(1, UUID.class));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("inbox insert failed", e);
        }
    }

    /**
     * Records that the caller's transaction already applied what {@code consumer} would do with {@code event} (a
     * service that consumes its own event), so the consumer's delivery is a duplicate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markApplied(String consumer, EventEnvelope event) {
        firstDelivery(consumer, event);
    }

    /** Returns true when this is the first time the consumer sees the event (then it must apply its effect). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope event) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, consumer);
            ps.setObject(2, event.eventId());
            ps.setString(3, event.eventType());
            ps.setString(4, event.tenantId());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("inbox insert failed", e);
        }
    }
}
