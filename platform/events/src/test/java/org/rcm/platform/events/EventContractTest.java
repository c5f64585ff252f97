package org.rcm.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden example of each event is the contract: what the producer writes must have exactly its shape, and a
 * consumer must be able to read the golden example strictly (no unknown fields) into the payload record.
 */
class EventContractTest {

    static Stream<EventType<?>> types() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void producerOutputHasTheShapeOfTheGoldenExample(EventType<?> type) throws IOException {
        Object sample = EventSamples.BY_TYPE.get(type.name());
        assertThat(sample).as("a producer-side sample for " + type.name()).isInstanceOf(type.payloadType());
        JsonNode produced = EventJson.mapper().readTree(EventJson.write(sample));
        assertSameShape("$", golden(type), produced);
    }

    @ParameterizedTest
    @MethodSource("types")
    void consumersReadTheGoldenExampleStrictly(EventType<?> type) throws IOException {
        Object read = EventJson.strictMapper().treeToValue(golden(type), type.payloadType());
        JsonNode again = EventJson.mapper().valueToTree(read);
        assertThat(again).isEqualTo(EventJson.mapper().valueToTree(
                EventJson.strictMapper().treeToValue(golden(type), type.payloadType())));
        assertSameShape("$", golden(type), again);
    }

    @ParameterizedTest
    @MethodSource("types")
    void envelopeRoundTripsThroughJson(EventType<?> type) throws IOException {
        Object sample = EventSamples.BY_TYPE.get(type.name());
        @SuppressWarnings({"unchecked", "rawtypes"})
        EventEnvelope env = EventEnvelope.of((EventType) type, "tenant-a", "agg-1", sample, "corr-1", null);
        EventEnvelope back = EventJson.readEnvelope(EventJson.write(env));
        assertThat(back).usingRecursiveComparison().ignoringFields("payload").isEqualTo(env);
        assertThat(back.payloadAs(type)).isEqualTo(sample);
        assertThat(back.schemaVersion()).isEqualTo(type.version());
    }

    @ParameterizedTest
    @MethodSource("types")
    void theOutboxWriterWritesTheSameTextAsTheEnvelope(EventType<?> type) {
        Object sample = EventSamples.BY_TYPE.get(type.name());
        @SuppressWarnings({"unchecked", "rawtypes"})
        EventEnvelope env = EventEnvelope.of((EventType) type, "tenant-a", "agg-1", sample, "corr-1", "cause-1");
        assertThat(EventJson.writeEnvelope(env.eventId(), type, env.occurredAt(), env.tenantId(), env.correlationId(),
                env.causationId(), env.aggregateId(), sample)).isEqualTo(EventJson.write(env));
    }

    private static JsonNode golden(EventType<?> type) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream(type.examplePath())) {
            assertThat(in).as("golden example " + type.examplePath()).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }

    /** Same field names at every level and compatible node types (null in either side matches any type). */
    static void assertSameShape(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            assertThat(new TreeSet<>(names(actual))).as(path + " fields").isEqualTo(new TreeSet<>(names(expected)));
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertSameShape(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()));
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array").isTrue();
            if (expected.size() > 0 && actual.size() > 0) {
                assertSameShape(path + "[0]", expected.get(0), actual.get(0));
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path + " is a number").isTrue();
        } else {
            assertThat(actual.getNodeType()).as(path + " type").isEqualTo(expected.getNodeType());
        }
    }

    private static java.util.List<String> names(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
