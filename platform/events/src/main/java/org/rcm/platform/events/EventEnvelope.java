package org.rcm.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The versioned wrapper around every event on every topic. The Kafka record key is {@link #aggregateId()};
 * eventId, eventType and tenantId are repeated in Kafka headers (see {@link EventHeaders}).
 */
public record EventEnvelope(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        String tenantId,
        String correlationId,
        String causationId,
        String aggregateId,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    public static <T> EventEnvelope of(EventType<T> type, String tenantId, String aggregateId, T payload,
                                       String correlationId, String causationId) {
        return new EventEnvelope(Ids.newUuid(), type.name(), type.version(), Instant.now(), tenantId,
                correlationId, causationId, aggregateId, EventJson.mapper().valueToTree(payload));
    }

    /** Reads the payload as the record of the given type; fails when the envelope is of another type. */
    public <T> T payloadAs(EventType<T> type) {
        if (!type.name().equals(eventType)) {
            throw new IllegalArgumentException("expected event " + type.name() + " but got " + eventType);
        }
        return EventJson.payload(payload, type.payloadType());
    }

    public boolean is(EventType<?> type) {
        return type.name().equals(eventType);
    }
}
