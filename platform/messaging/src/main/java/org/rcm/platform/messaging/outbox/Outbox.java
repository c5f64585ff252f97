package org.rcm.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.rcm.platform.events.EventJson;
import org.rcm.platform.events.EventType;
import org.rcm.platform.messaging.persistence.Completion;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes an event into the outbox table inside the caller's business transaction (MANDATORY: there is no way to
 * publish outside one). The {@link OutboxRelay} sends it to Kafka after commit.
 */
@ApplicationScoped
public class Outbox {
    private static final Object WAKE_KEY = new Object();
    private static final String INSERT = "INSERT INTO outbox (id, aggregatetype, aggregateid, type, timestamp, payload,"
            + " tenant_id, topic, schema_version, correlation_id) VALUES (?, ?, ?, ?, ?, ?::json, ?, ?, ?, ?)";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TenantContext tenants;
    @Inject
    RequestMetadata metadata;
    @Inject
    TransactionSynchronizationRegistry registry;
    @Inject
    OutboxRelay relay;

    /** Writes the event into the outbox of the caller's transaction; returns its eventId. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, String aggregateId, T payload) {
        UUID eventId = UUID.randomUUID();
        Instant occurredAt = Instant.now();
        String tenant = tenants.current();
        String correlation = metadata.correlationId();
        String json = EventJson.writeEnvelope(eventId, type, occurredAt, tenant, correlation, metadata.causationId(),
                aggregateId, payload);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, eventId);
            ps.setString(2, type.aggregateType());
            ps.setString(3, aggregateId);
            ps.setString(4, type.name());
            ps.setTimestamp(5, Timestamp.from(occurredAt));
            ps.setString(6, json);
            ps.setString(7, tenant);
            ps.setString(8, type.topic());
            ps.setInt(9, type.version());
            ps.setString(10, correlation);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox insert failed", e);
        }
        wakeRelayAfterCommit();
        return eventId;
    }

    private void wakeRelayAfterCommit() {
        Completion.after(registry, WAKE_KEY, committed -> {
            if (committed) {
                relay.wakeUp();
            }
        });
    }
}
