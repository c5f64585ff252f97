package org.rcm.platform.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventHeaders;
import org.rcm.platform.events.EventJson;
import org.rcm.platform.events.EventType;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll's records applied as one batch: each effect exactly once (duplicates inside the batch and across batches
 * ignored), record order kept per tenant, each tenant's handlers confined to its rows, and a record that cannot be
 * applied parked in the dead-letter topic without costing the others.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class BatchProcessingTest {
    record Note(String text) {
    }

    static final EventType<Note> NOTE = new EventType<>("ProbeNoted", 1, "rcm.probe-noted", "Probe", Note.class);
    static final String TOPIC = NOTE.topic();

    @Inject
    EventProcessor processor;
    @Inject
    EntityManager em;
    @Inject
    TenantContext tenants;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    InboxJanitor janitor;
    @Inject
    Inbox inbox;

    @Test
    void aBatchAppliesEachEffectOnceInOrderPerTenantAndParksOnlyTheBadRecord() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String a = "batch-a-" + run;
        String b = "batch-b-" + run;
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        List<EventEnvelope> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (String tenant : List.of(a, b)) {
                // four aggregates per tenant, five events each: order must hold per aggregate (per record key)
                EventEnvelope e = EventEnvelope.of(NOTE, tenant, "note-" + i % 4, new Note(tenant + "#" + i), "corr",
                        null);
                sent.add(e);
                records.add(record(records.size(), e));
            }
        }
        records.add(record(records.size(), sent.get(7)));                      // redelivered inside the batch
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<String> leaks = Collections.synchronizedList(new ArrayList<>());
        long appliedBefore = processor.appliedCount();
        long duplicatesBefore = processor.duplicateCount();
        long batchesBefore = processor.batchCount();

        processor.process("probe.notes", batch(records), e -> note(e, order, leaks));

        assertThat(processor.appliedCount() - appliedBefore).isEqualTo(40);
        assertThat(processor.duplicateCount() - duplicatesBefore).isEqualTo(1);
        assertThat(processor.batchCount() - batchesBefore).as("one transaction per tenant").isEqualTo(2);
        assertThat(countNotes(a)).isEqualTo(20);
        assertThat(countNotes(b)).isEqualTo(20);
        assertThat(leaks).as("rows of another tenant visible to a handler").isEmpty();
        List<String> orderOfA = order.stream().filter(t -> t.startsWith(a + "#")).toList();
        assertThat(orderOfA).hasSize(20);
        for (int key = 0; key < 4; key++) {
            int k = key;
            List<Integer> ofKey = orderOfA.stream().map(t -> Integer.parseInt(t.substring(t.indexOf('#') + 1)))
                    .filter(n -> n % 4 == k).toList();
            assertThat(ofKey).as("events of aggregate note-" + k + " in record order").hasSize(5).isSorted();
        }

        // a later poll: more notes, a redelivery of the first poll, a record the handler always fails on and one
        // that is not an event at all; the batch falls back to one record at a time and parks only the two bad ones
        List<ConsumerRecord<String, String>> second = new ArrayList<>();
        for (int i = 20; i < 25; i++) {
            second.add(record(100 + i, EventEnvelope.of(NOTE, a, "note-" + i, new Note(a + "#" + i), "corr", null)));
        }
        second.add(record(130, sent.get(3)));
        EventEnvelope poison = EventEnvelope.of(NOTE, a, "poison-" + run, new Note("poison"), "corr", null);
        second.add(record(131, poison));
        second.add(raw(132, "no-tenant-" + run, "{\"not\":\"an envelope\"}", null));
        for (int i = 25; i < 30; i++) {
            second.add(record(140 + i, EventEnvelope.of(NOTE, a, "note-" + i, new Note(a + "#" + i), "corr", null)));
        }
        processor.process("probe.notes", batch(second), e -> note(e, order, leaks));
        assertThat(countNotes(a)).isEqualTo(30);
        assertThat(countNotes(b)).isEqualTo(20);

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            List<ConsumerRecord<String, String>> dead = kafka.readAll("rcm.dlq.messaging-test", Duration.ofSeconds(30),
                    recs -> recs.stream().filter(r -> r.key() != null && r.key().endsWith(run)).count() == 2);
            assertThat(dead).filteredOn(r -> r.key() != null && r.key().endsWith(run)).hasSize(2)
                    .allSatisfy(r -> {
                        assertThat(KafkaTestClient.header(r, DeadLetters.REASON)).isNotBlank()
                                .doesNotContain("poison");
                        assertThat(KafkaTestClient.header(r, "dead-letter-topic")).isEqualTo(TOPIC);
                    });
        }

        // the first poll again (a redelivery after a crash before the offset commit): nothing changes
        long duplicatesBeforeRedelivery = processor.duplicateCount();
        processor.process("probe.notes", batch(records), e -> note(e, order, leaks));
        assertThat(countNotes(a)).isEqualTo(30);
        assertThat(countNotes(b)).isEqualTo(20);
        assertThat(processor.duplicateCount() - duplicatesBeforeRedelivery).isEqualTo(41);
    }

    /**
     * One channel reading two topics (one Kafka consumer per service): each record reaches its topic's handler, a
     * tenant's records of both topics share one transaction, each topic's deliveries are deduplicated under its own
     * inbox name (the same event id seen by two routes is applied by both, once each), and a record of a topic
     * without a route is parked.
     */
    @Test
    void aChannelOfSeveralTopicsRoutesEachRecordToItsTopicsHandlerUnderItsOwnInboxName() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String tenant = "routes-" + run;
        EventType<Note> other = new EventType<>("ProbeRemarked", 1, "rcm.probe-remarked", "Probe", Note.class);
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        List<String> remarks = Collections.synchronizedList(new ArrayList<>());
        EventRoutes routes = EventRoutes.builder()
                .on(NOTE, "probe.routes-notes", n -> notes.add(n.text()))
                .onEnvelope(other.topic(), "probe.routes-remarks", e -> remarks.add(e.payloadAs(other).text()))
                .build();
        EventEnvelope n1 = EventEnvelope.of(NOTE, tenant, "k1", new Note("n1"), "corr", null);
        EventEnvelope n2 = EventEnvelope.of(NOTE, tenant, "k2", new Note("n2"), "corr", null);
        EventEnvelope r1 = EventEnvelope.of(other, tenant, "k1", new Note("r1"), "corr", null);
        // the same event id on the second topic: a different consumer's delivery, so it is not a duplicate of n1
        EventEnvelope sameIdOnOtherTopic = new EventEnvelope(n1.eventId(), other.name(), 1, n1.occurredAt(), tenant,
                "corr", null, "k3", EventJson.mapper().valueToTree(new Note("r2")));
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new java.util.LinkedHashMap<>();
        poll.put(new TopicPartition(NOTE.topic(), 0), List.of(record(NOTE.topic(), 1, n1), record(NOTE.topic(), 2, n2),
                record(NOTE.topic(), 3, n1)));
        poll.put(new TopicPartition(other.topic(), 0), List.of(record(other.topic(), 1, r1),
                record(other.topic(), 2, sameIdOnOtherTopic)));
        poll.put(new TopicPartition("rcm.probe-unrouted", 0), List.of(record("rcm.probe-unrouted", 1,
                EventEnvelope.of(NOTE, tenant, "unrouted-" + run, new Note("x"), "corr", null))));
        long batchesBefore = processor.batchCount();
        long duplicatesBefore = processor.duplicateCount();

        processor.process(new ConsumerRecords<>(poll, Map.of()), routes);

        assertThat(notes).containsExactlyInAnyOrder("n1", "n2");
        assertThat(remarks).containsExactlyInAnyOrder("r1", "r2");
        assertThat(processor.batchCount() - batchesBefore).as("both topics in one transaction").isEqualTo(1);
        assertThat(processor.duplicateCount() - duplicatesBefore).isEqualTo(1);
        assertThat(inboxRows("probe.routes-notes", tenant)).isEqualTo(2);
        assertThat(inboxRows("probe.routes-remarks", tenant)).isEqualTo(2);
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            List<ConsumerRecord<String, String>> dead = kafka.readAll("rcm.dlq.messaging-test", Duration.ofSeconds(30),
                    recs -> recs.stream().anyMatch(r -> ("unrouted-" + run).equals(r.key())));
            assertThat(dead).filteredOn(r -> ("unrouted-" + run).equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(KafkaTestClient.header(r, DeadLetters.REASON))
                            .contains("no handler for topic rcm.probe-unrouted"));
        }

        // the whole poll again: every delivery is a duplicate of its own route's
        processor.process(new ConsumerRecords<>(poll, Map.of()), routes);
        assertThat(notes).hasSize(2);
        assertThat(remarks).hasSize(2);
    }

    @Test
    void oneAggregatesEventsOfSeveralTopicsApplyInTheOrderTheyWereProducedEachPartitionInItsOwnOrder() {
        String tenant = "order-" + UUID.randomUUID().toString().substring(0, 8);
        EventType<Note> ack = new EventType<>("ProbeAcknowledged", 1, "rcm.probe-acknowledged", "Probe", Note.class);
        List<String> applied = Collections.synchronizedList(new ArrayList<>());
        EventRoutes routes = EventRoutes.builder()
                .on(NOTE, "probe.order-notes", n -> applied.add(n.text()))
                .on(ack, "probe.order-acks", n -> applied.add(n.text()))
                .build();
        java.time.Instant t0 = java.time.Instant.parse("2026-12-01T10:00:00Z");
        // the poll hands over the notes' partition first, although the acknowledgement was produced before the
        // second note; the third note carries an earlier time than the second (a clock step): its partition's
        // order still holds
        EventEnvelope note1 = at(NOTE, tenant, "claim-1", "note-1", t0);
        EventEnvelope note2 = at(NOTE, tenant, "claim-1", "note-2", t0.plusSeconds(20));
        EventEnvelope note3 = at(NOTE, tenant, "claim-1", "note-3", t0.plusSeconds(5));
        EventEnvelope ack1 = at(ack, tenant, "claim-1", "ack-1", t0.plusSeconds(10));
        EventEnvelope ack2 = at(ack, tenant, "claim-1", "ack-2", t0.plusSeconds(30));
        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new java.util.LinkedHashMap<>();
        poll.put(new TopicPartition(NOTE.topic(), 0), List.of(record(NOTE.topic(), 1, note1),
                record(NOTE.topic(), 2, note2), record(NOTE.topic(), 3, note3)));
        poll.put(new TopicPartition(ack.topic(), 0), List.of(record(ack.topic(), 1, ack1),
                record(ack.topic(), 2, ack2)));

        processor.process(new ConsumerRecords<>(poll, Map.of()), routes);

        assertThat(applied).containsExactly("note-1", "ack-1", "note-2", "note-3", "ack-2");
    }

    private static EventEnvelope at(EventType<Note> type, String tenant, String key, String text,
                                    java.time.Instant when) {
        return new EventEnvelope(UUID.randomUUID(), type.name(), 1, when, tenant, "corr", null, key,
                EventJson.mapper().valueToTree(new Note(text)));
    }

    /**
     * A channel with a batch loader: it runs once per tenant batch, in that tenant and transaction, before the handlers,
     * given only the events of its preloaded routes seen for the first time; a lone record goes without it.
     */
    @Test
    void aBatchLoaderRunsOnceBeforeTheHandlersWithThePreloadedRoutesNewEvents() {
        String tenant = "prefetch-" + UUID.randomUUID().toString().substring(0, 8);
        EventType<Note> other = new EventType<>("ProbeRemarked", 1, "rcm.probe-remarked", "Probe", Note.class);
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        EventRoutes routes = EventRoutes.builder()
                .onPreloaded(NOTE, "probe.prefetch", n -> calls.add("apply " + n.text()))
                .on(other, "probe.prefetch-other", n -> calls.add("other " + n.text()))
                .prefetch(events -> calls.add("load " + tenants.current() + " "
                        + events.stream().map(e -> e.payloadAs(NOTE).text()).toList()))
                .build();
        EventEnvelope n1 = EventEnvelope.of(NOTE, tenant, "k1", new Note("n1"), "corr", null);
        EventEnvelope n2 = EventEnvelope.of(NOTE, tenant, "k2", new Note("n2"), "corr", null);
        EventEnvelope n3 = EventEnvelope.of(NOTE, tenant, "k3", new Note("n3"), "corr", null);
        EventEnvelope r4 = EventEnvelope.of(other, tenant, "k4", new Note("r4"), "corr", null);
        processor.process(batch(List.of(record(0, n1))), routes);
        assertThat(calls).containsExactly("apply n1");
        calls.clear();

        Map<TopicPartition, List<ConsumerRecord<String, String>>> poll = new java.util.LinkedHashMap<>();
        poll.put(new TopicPartition(NOTE.topic(), 0), List.of(record(0, n1), record(1, n2), record(2, n3),
                record(3, n2)));
        poll.put(new TopicPartition(other.topic(), 0), List.of(record(other.topic(), 0, r4)));
        processor.process(new ConsumerRecords<>(poll, Map.of()), routes);

        assertThat(calls).containsExactly("load " + tenant + " [n2, n3]", "apply n2", "apply n3", "other r4");
    }

    @Test
    void anEventAppliedWhereItWasProducedIsADuplicateWithoutBeingDecoded() {
        String tenant = "own-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope committed = EventEnvelope.of(NOTE, tenant, "k1", new Note("mine"), "corr", null);
        EventEnvelope rolledBack = EventEnvelope.of(NOTE, tenant, "k2", new Note("lost"), "corr", null);
        RequestMetadata.runAs(tenant, "corr", null, () -> {
            QuarkusTransaction.requiringNew().run(() -> inbox.markApplied("probe.own", committed.eventId(),
                    NOTE.name(), tenant));
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    inbox.markApplied("probe.own", rolledBack.eventId(), NOTE.name(), tenant);
                    throw new IllegalStateException("the producing transaction fails");
                });
            } catch (IllegalStateException expected) {
                // its inbox row and its memory are gone with it
            }
        });
        assertThat(inbox.appliedHere("probe.own", committed.eventId())).isTrue();
        assertThat(inbox.appliedHere("probe.own", rolledBack.eventId())).isFalse();
        assertThat(inbox.appliedHere("probe.other", committed.eventId())).as("another consumer's delivery").isFalse();
        List<String> applied = Collections.synchronizedList(new ArrayList<>());
        long duplicatesBefore = processor.duplicateCount();

        processor.process("probe.own", batch(List.of(record(0, committed), record(1, rolledBack))),
                e -> applied.add(e.payloadAs(NOTE).text()));

        assertThat(applied).containsExactly("lost");
        assertThat(processor.duplicateCount() - duplicatesBefore).isEqualTo(1);
    }

    @Test
    void theInboxKeepsOnlyTheRedeliveryWindow() throws Exception {
        String tenant = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO inbox (consumer, event_id, event_type, tenant_id, processed_at)"
                        + " VALUES (?, ?, 'ProbeNoted', ?, now() - make_interval(days => ?))")) {
            for (int i = 0; i < 7; i++) {
                ps.setString(1, i < 5 ? "probe.old" : "probe.recent");
                ps.setObject(2, UUID.randomUUID());
                ps.setString(3, tenant);
                ps.setInt(4, i < 5 ? 40 : 1);
                ps.executeUpdate();
            }
        }
        // rcm.inbox.purge-batch=2 in the test profile: the five old rows go in three rounds
        long deleted = janitor.purgeProcessedBefore(java.time.Instant.now().minus(Duration.ofDays(30)));
        assertThat(deleted).isGreaterThanOrEqualTo(5);
        assertThat(inboxRows("probe.old", tenant)).isZero();
        assertThat(inboxRows("probe.recent", tenant)).isEqualTo(2);
    }

    private long inboxRows(String consumer, String tenant) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM inbox WHERE consumer = ? AND tenant_id = ?")) {
            ps.setString(1, consumer);
            ps.setString(2, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void note(EventEnvelope e, List<String> order, List<String> leaks) {
        Note n = e.payloadAs(NOTE);
        if (n.text().equals("poison")) {
            throw new IllegalStateException("cannot apply");
        }
        Number others = (Number) em.createNativeQuery("SELECT count(*) FROM probe_note WHERE tenant_id <> ?1")
                .setParameter(1, tenants.current()).getSingleResult();
        if (others.longValue() > 0) {
            leaks.add(tenants.current());
        }
        em.createNativeQuery("INSERT INTO probe_note (id, tenant_id, text) VALUES (?1, ?2, ?3)")
                .setParameter(1, e.eventId().toString()).setParameter(2, e.tenantId()).setParameter(3, n.text())
                .executeUpdate();
        order.add(n.text());
    }

    private long countNotes(String tenant) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM probe_note WHERE tenant_id = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static ConsumerRecords<String, String> batch(List<ConsumerRecord<String, String>> records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 0), records), Map.of());
    }

    private static ConsumerRecord<String, String> record(long offset, EventEnvelope e) {
        return record(TOPIC, offset, e);
    }

    /** A record as the outbox relay writes it: the envelope, with the tenantId and eventId headers. */
    private static ConsumerRecord<String, String> record(String topic, long offset, EventEnvelope e) {
        ConsumerRecord<String, String> r = raw(topic, offset, e.aggregateId(), EventJson.write(e), e.tenantId());
        r.headers().add(EventHeaders.EVENT_ID, e.eventId().toString().getBytes(StandardCharsets.UTF_8));
        return r;
    }

    private static ConsumerRecord<String, String> raw(long offset, String key, String value, String tenant) {
        return raw(TOPIC, offset, key, value, tenant);
    }

    private static ConsumerRecord<String, String> raw(String topic, long offset, String key, String value,
                                                      String tenant) {
        RecordHeaders headers = new RecordHeaders();
        if (tenant != null) {
            headers.add(EventHeaders.TENANT_ID, tenant.getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>(topic, 0, offset, System.currentTimeMillis(),
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, -1, -1, key, value, headers,
                java.util.Optional.empty());
    }
}
