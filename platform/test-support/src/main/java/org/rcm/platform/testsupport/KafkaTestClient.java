package org.rcm.platform.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventHeaders;
import org.rcm.platform.events.EventJson;
import org.rcm.platform.events.EventType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Publishes and reads records on the test broker the way services do (key, headers, envelope JSON). */
public final class KafkaTestClient implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final String bootstrap;

    public KafkaTestClient() {
        this(KafkaBroker.bootstrapServers());
    }

    public KafkaTestClient(String bootstrap) {
        this.bootstrap = bootstrap;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    public <T> EventEnvelope publish(EventType<T> type, String tenant, String aggregateId, T payload) {
        EventEnvelope env = EventEnvelope.of(type, tenant, aggregateId, payload, UUID.randomUUID().toString(), null);
        publish(type.topic(), env);
        return env;
    }

    /** Publishes an envelope as-is (e.g. to redeliver an event with the same eventId). */
    public void publish(String topic, EventEnvelope env) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, env.aggregateId(), EventJson.write(env));
        record.headers().add(EventHeaders.EVENT_ID, bytes(env.eventId().toString()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(env.eventType()));
        record.headers().add(EventHeaders.TENANT_ID, bytes(env.tenantId()));
        send(record);
    }

    /** Publishes raw bytes with optional tenant header (for poison-record tests). */
    public void publishRaw(String topic, String key, String value, String tenantHeader) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (tenantHeader != null) {
            record.headers().add(EventHeaders.TENANT_ID, bytes(tenantHeader));
        }
        send(record);
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("publish to " + record.topic() + " failed", e);
        }
    }

    /** Every record on the topic from the beginning, until {@code until} holds or the timeout passes. */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration timeout,
                                                        Predicate<List<ConsumerRecord<String, String>>> until) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (until.test(records)) {
                    break;
                }
            }
        }
        return records;
    }

    /** Envelopes on the topic for one tenant, read until the predicate holds or the timeout passes. */
    public List<EventEnvelope> events(String topic, String tenant, Duration timeout,
                                      Predicate<List<EventEnvelope>> until) {
        List<EventEnvelope> found = new ArrayList<>();
        readAll(topic, timeout, recs -> {
            found.clear();
            for (ConsumerRecord<String, String> r : recs) {
                try {
                    EventEnvelope env = EventJson.readEnvelope(r.value());
                    if (tenant.equals(env.tenantId())) {
                        found.add(env);
                    }
                } catch (RuntimeException ignored) {
                    // poison records on the topic are not events
                }
            }
            return until.test(found);
        });
        return found;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
