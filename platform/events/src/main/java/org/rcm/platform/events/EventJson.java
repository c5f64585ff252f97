package org.rcm.platform.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The one JSON mapping used for events. Readers are tolerant (unknown fields are ignored so producers can add
 * optional fields within a schema version); {@link #strictMapper()} is used by contract tests.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectMapper STRICT = configure(new ObjectMapper())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private EventJson() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // money keeps its scale (180.00 stays 180.00) when events pass through a JSON tree
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectMapper strictMapper() {
        return STRICT;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An envelope as it is written: {@link EventEnvelope}'s fields, the payload still its own record. */
    private record Outgoing(UUID eventId, String eventType, int schemaVersion, Instant occurredAt, String tenantId,
                            String correlationId, String causationId, String aggregateId, Object payload) {
    }

    /**
     * The JSON of an envelope around {@code payload}, written in one pass (the same text as {@link #write} of the
     * {@link EventEnvelope} built by {@link EventEnvelope#of}, without building the payload's JSON tree first).
     */
    public static String writeEnvelope(UUID eventId, EventType<?> type, Instant occurredAt, String tenantId,
                                       String correlationId, String causationId, String aggregateId, Object payload) {
        return write(new Outgoing(eventId, type.name(), type.version(), occurredAt, tenantId, correlationId,
                causationId, aggregateId, payload));
    }

    public static EventEnvelope readEnvelope(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("record is not a valid event envelope: " + e.getOriginalMessage());
        }
    }

    public static <T> T payload(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }
}
