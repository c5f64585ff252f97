package org.rcm.platform.messaging.inbox;

import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The handlers of a channel that reads several topics (one Kafka consumer per service instead of one per topic):
 * each topic's records go to that topic's handler, and are recorded in the inbox under that topic's consumer name,
 * so a record is deduplicated exactly as it was when each topic had a channel of its own. Built once per service:
 * <pre>
 * EventRoutes.builder()
 *     .on(CodingEvents.CODES_ASSIGNED, "claim.codes-assigned", claims::onCodesAssigned)
 *     .onEnvelope("rcm.other-topic", "claim.other", envelope -> ...)
 *     .build();
 * </pre>
 */
public final class EventRoutes {
    /** Where a topic's records go: the inbox name their deliveries are recorded under and the handler. */
    public record Route(String consumer, Consumer<EventEnvelope> handler) {
    }

    private final Map<String, Route> byTopic;
    /** The route of every topic not named (a channel of one topic), or null. */
    private final Route fallback;

    private EventRoutes(Map<String, Route> byTopic, Route fallback) {
        this.byTopic = Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
        this.fallback = fallback;
    }

    /** The route of a topic, or null when the channel reads a topic nobody handles (its records are parked). */
    public Route route(String topic) {
        Route r = byTopic.get(topic);
        return r != null ? r : fallback;
    }

    /** The topics routed (the channel's {@code topics} setting must name exactly these). */
    public Set<String> topics() {
        return byTopic.keySet();
    }

    /** Every record of the channel to one handler under one consumer name (a channel of one topic). */
    static EventRoutes single(String consumer, Consumer<EventEnvelope> handler) {
        return new EventRoutes(Map.of(), new Route(consumer, handler));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Route> routes = new LinkedHashMap<>();

        /** The payload of each record of the event type's topic to {@code handler}. */
        public <T> Builder on(EventType<T> type, String consumer, Consumer<T> handler) {
            return onEnvelope(type.topic(), consumer, e -> handler.accept(e.payloadAs(type)));
        }

        /** Each record of {@code topic}, as its envelope, to {@code handler}. */
        public Builder onEnvelope(String topic, String consumer, Consumer<EventEnvelope> handler) {
            if (routes.putIfAbsent(topic, new Route(consumer, handler)) != null) {
                throw new IllegalArgumentException("topic " + topic + " is routed twice");
            }
            return this;
        }

        public EventRoutes build() {
            return new EventRoutes(routes, null);
        }
    }
}
