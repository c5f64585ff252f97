package org.rcm.platform.messaging.outbox;

import org.rcm.platform.events.Ids;
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
import java.util.List;
import java.util.UUID;

/**
 * Writes an event into the outbox table inside the caller's business transaction (MANDATORY: there is no way to
 * publish outside one). The {@link OutboxRelay} sends it to Kafka after commit.
 * <p>
 * The rows of one transaction are written together just before it commits (one batched statement, in publication
 * order, which is the order {@code seq} gives them), not one statement per event: a poll of 200 events that
 * publishes 700 costs one round trip instead of 700. They are part of the same transaction all the same: a failure
 * to write them rolls the whole transaction back, and nothing is written for a transaction that rolls back.
 */
@ApplicationScoped
public class Outbox {
    private static final Object PENDING_KEY = new Object();
    private static final String INSERT = "INSERT INTO outbox (id, aggregatetype, aggregateid, type, timestamp, payload,"
            + " tenant_id, topic, schema_version, correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

    /** Adds the event to the outbox of the caller's transaction; returns its eventId. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, String aggregateId, T payload) {
        UUID eventId = Ids.newUuid();
        Instant occurredAt = Instant.now();
        String tenant = tenants.current();
        String correlation = metadata.correlationId();
        String json = EventJson.writeEnvelope(eventId, type, occurredAt, tenant, correlation, metadata.causationId(),
                aggregateId, payload);
        pending().add(new Row(eventId, type.aggregateType(), aggregateId, type.name(), Timestamp.from(occurredAt), json,
                tenant, type.topic(), type.version(), correlation));
        return eventId;
    }

    /** The rows this transaction has published so far; the first call registers their write at commit. */
    private List<Row> pending() {
        return Completion.collect(registry, PENDING_KEY, this::write, rows -> relay.wakeUp());
    }

    /** Writes the rows in publication order, in one batch; a failure marks the transaction for rollback. */
    private void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Row r : rows) {
                ps.setObject(1, r.id());
                ps.setString(2, r.aggregateType());
                ps.setString(3, r.aggregateId());
                ps.setString(4, r.type());
                ps.setTimestamp(5, r.occurredAt());
                ps.setString(6, r.json());
                ps.setString(7, r.tenant());
                ps.setString(8, r.topic());
                ps.setInt(9, r.version());
                ps.setString(10, r.correlation());
                if (rows.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
            }
            if (rows.size() > 1) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            registry.setRollbackOnly();
            throw new IllegalStateException("outbox insert failed", e);
        }
    }

    private record Row(UUID id, String aggregateType, String aggregateId, String type, Timestamp occurredAt,
                       String json, String tenant, String topic, int version, String correlation) {
    }
}
