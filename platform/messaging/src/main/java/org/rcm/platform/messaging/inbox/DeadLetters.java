package org.rcm.platform.messaging.inbox;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Moves a record that cannot be applied to the service's dead-letter topic {@code rcm.dlq.<service>}: same key,
 * value and headers, plus where it came from and why (the reason names the failure, never the payload: it carries
 * PHI). The send waits for the broker's ack, so the consumer commits the record's offset only once it is parked.
 */
@ApplicationScoped
public class DeadLetters {
    public static final String REASON = "dead-letter-reason";

    @Inject
    @Channel("dead-letters")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "rcm.service.name")
    String service;
    @ConfigProperty(name = "rcm.outbox.send-timeout")
    Duration sendTimeout;

    public String topic() {
        return "rcm.dlq." + service;
    }

    public void park(String consumer, ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON, bytes(reason));
        headers.add("dead-letter-consumer", bytes(consumer));
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
        OutgoingKafkaRecordMetadata<String> meta = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic())
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        String value = record.value() == null ? "" : record.value();
        emitter.sendMessage(Message.of(value).addMetadata(meta)).await().atMost(sendTimeout);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
