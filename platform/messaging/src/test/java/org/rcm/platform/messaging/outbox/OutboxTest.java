package org.rcm.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventType;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox writes a transaction's events together at commit: all of them, in the order they were published, only
 * when the transaction commits, and a failure to write them rolls back the business change they belong to.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class OutboxTest {
    record Note(String text) {
    }

    static final EventType<Note> NOTE = new EventType<>("OutboxNoted", 1, "rcm.outbox-noted", "Probe", Note.class);

    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxRelay relay;

    @Test
    void aTransactionsEventsLeaveInPublicationOrderAndOnlyWhenItCommits() {
        String tenant = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = new java.util.ArrayList<>();
        RequestMetadata.runAs(tenant, "corr", null, () -> {
            // rolled back: its event must never reach the topic
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(NOTE, "agg", new Note("rolled back"));
                throw new IllegalStateException("business rule failed");
            })).isInstanceOf(IllegalStateException.class);
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 30; i++) {
                    ids.add(outbox.publish(NOTE, "agg", new Note("n" + i)));   // one key: one partition, one order
                }
            });
        });
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            List<EventEnvelope> got = kafka.events(NOTE.topic(), tenant, Duration.ofSeconds(30), l -> l.size() >= 30);
            assertThat(got).extracting(EventEnvelope::eventId).containsExactlyElementsOf(ids);
            assertThat(got).extracting(e -> e.payload().get("text").asText())
                    .doesNotContain("rolled back").startsWith("n0", "n1", "n2");
        }
    }

    @Test
    void whileAnotherReplicaRelaysThisOneSendsNothingAndTakesOverWhenItStops() throws Exception {
        String tenant = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement ps = other.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtext('outbox-relay/' || current_schema())::bigint)")) {
                ps.execute();   // the other replica's relay is in the middle of a batch
            }
            UUID[] published = new UUID[1];
            RequestMetadata.runAs(tenant, "corr", null, () -> QuarkusTransaction.requiringNew()
                    .run(() -> published[0] = outbox.publish(NOTE, "agg", new Note("waits for the relay lock"))));
            id = published[0];
            assertThat(relay.relayBatch()).as("rows sent without the relay lock").isZero();
            Thread.sleep(1500);   // the background relay woke up after the commit and at its polls
            assertThat(count("SELECT count(*) FROM outbox WHERE tenant_id = ?", tenant))
                    .as("unpublished rows while the other replica holds the lock").isEqualTo(1);
            other.commit();
        }
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            List<EventEnvelope> got = kafka.events(NOTE.topic(), tenant, Duration.ofSeconds(30), l -> !l.isEmpty());
            assertThat(got).extracting(EventEnvelope::eventId).containsExactly(id);
        }
    }

    @Test
    void anOutboxRowThatCannotBeWrittenRollsBackTheBusinessChange() throws Exception {
        String tenant = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
        String noteId = UUID.randomUUID().toString();
        RequestMetadata.runAs(tenant, "corr", null, () -> assertThatThrownBy(() ->
                QuarkusTransaction.requiringNew().run(() -> {
                    insertNote(noteId, tenant);
                    outbox.publish(NOTE, "fine", new Note("first"));
                    outbox.publish(NOTE, "x".repeat(200), new Note("aggregate id longer than the column"));
                })).isNotNull());
        assertThat(count("SELECT count(*) FROM probe_note WHERE id = ?", noteId))
                .as("the business row of the failed transaction").isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE tenant_id = ?", tenant))
                .as("outbox rows of the failed transaction").isZero();
    }

    private int count(String sql, String parameter) throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void insertNote(String id, String tenant) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO probe_note (id, tenant_id, text) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, tenant);
            ps.setString(3, "business change");
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
