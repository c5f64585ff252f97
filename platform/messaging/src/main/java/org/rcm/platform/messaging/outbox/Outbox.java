package org.rcm.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventJson;
import org.rcm.platform.events.EventType;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

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

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope publish(EventType<T> type, String aggregateId, T payload) {
        EventEnvelope envelope = EventEnvelope.of(type, tenants.current(), aggregateId, payload,
                metadata.correlationId(), metadata.causationId());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, envelope.eventId());
            ps.setString(2, type.aggregateType());
            ps.setString(3, aggregateId);
            ps.setString(4, type.name());
            ps.setTimestamp(5, Timestamp.from(envelope.occurredAt()));
            ps.setString(6, EventJson.write(envelope));
            ps.setString(7, envelope.tenantId());
            ps.setString(8, type.topic());
            ps.setInt(9, type.version());
            ps.setString(10, envelope.correlationId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox insert failed", e);
        }
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        if (registry.getResource(WAKE_KEY) != null) {
            return;
        }
        registry.putResource(WAKE_KEY, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
