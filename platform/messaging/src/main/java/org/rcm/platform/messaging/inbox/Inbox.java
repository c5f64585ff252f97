package org.rcm.platform.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.platform.events.EventEnvelope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The idempotent-consumer log: one row per (consumer, eventId), written with the consumer's effect. */
@ApplicationScoped
public class Inbox {
    private static final String INSERT = "INSERT INTO inbox (consumer, event_id, event_type, tenant_id)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";

    @Inject
    AgroalDataSource dataSource;

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
