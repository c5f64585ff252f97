package org.rcm.platform.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventHeaders;
import org.rcm.platform.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consumer's poll built in a test, to hand a batch straight to a service's consumer method: the records as the
 * outbox relay writes them (the envelope, keyed by its aggregate, with the tenantId and eventId headers).
 */
public final class Polls {
    private Polls() {
    }

    /** One record of {@code topic} at {@code offset} (partition 0). */
    public static ConsumerRecord<String, String> record(String topic, long offset, EventEnvelope e) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.TENANT_ID, e.tenantId().getBytes(StandardCharsets.UTF_8));
        headers.add(EventHeaders.EVENT_ID, e.eventId().toString().getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(topic, 0, offset, System.currentTimeMillis(), TimestampType.CREATE_TIME, -1, -1,
                e.aggregateId(), EventJson.write(e), headers, Optional.empty());
    }

    /** The events on one topic, in this order (a repeated envelope is a redelivery). */
    public static ConsumerRecords<String, String> of(String topic, EventEnvelope... events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (EventEnvelope e : events) {
            records.add(record(topic, records.size(), e));
        }
        return of(records);
    }

    /** The records grouped by topic and partition as a consumer hands them over, each partition in the order given. */
    public static ConsumerRecords<String, String> of(List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            byPartition.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), p -> new ArrayList<>()).add(r);
        }
        return new ConsumerRecords<>(byPartition, Map.of());
    }
}
