package org.rcm.platform.messaging.inbox;

import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
    /**
     * Where a topic's records go: the inbox name their deliveries are recorded under and the handler; {@code
     * preloaded}: the batch loader serves its lookups, so it runs in the batch's persistence context (see
     * {@link Builder#onPreloaded}).
     */
    public record Route(String consumer, Consumer<EventEnvelope> handler, boolean preloaded) {
    }

    private final Map<String, Route> byTopic;
    /** The route of every topic not named (a channel of one topic), or null. */
    private final Route fallback;
    /** Loads what a batch's handlers will look up, or null (see {@link Builder#prefetch}). */
    private final Consumer<List<EventEnvelope>> prefetch;

    private EventRoutes(Map<String, Route> byTopic, Route fallback, Consumer<List<EventEnvelope>> prefetch) {
        this.byTopic = Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
        this.fallback = fallback;
        this.prefetch = prefetch;
    }

    /** The batch loader, or null when each handler loads what it needs itself. */
    Consumer<List<EventEnvelope>> prefetch() {
        return prefetch;
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
        return new EventRoutes(Map.of(), new Route(consumer, handler, false), null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Route> routes = new LinkedHashMap<>();
        private Consumer<List<EventEnvelope>> prefetch;

        /** The payload of each record of the event type's topic to {@code handler}. */
        public <T> Builder on(EventType<T> type, String consumer, Consumer<T> handler) {
            return onEnvelope(type.topic(), consumer, e -> handler.accept(e.payloadAs(type)));
        }

        /**
         * As {@link #on}, for a handler whose lookups the batch loader ({@link #prefetch}) serves: in a batch it runs
         * in the batch's persistence context, and its changes are flushed with the others' at the end of the batch
         * instead of after each event. A handler routed with {@link #on} still flushes and clears the context after
         * its event (so entities it loaded do not pile up in the context that every later flush would check again);
         * a preloaded handler after it finds its entities by id all the same, read again from the database.
         */
        public <T> Builder onPreloaded(EventType<T> type, String consumer, Consumer<T> handler) {
            return add(type.topic(), new Route(consumer, e -> handler.accept(e.payloadAs(type)), true));
        }

        /** Each record of {@code topic}, as its envelope, to {@code handler}. */
        public Builder onEnvelope(String topic, String consumer, Consumer<EventEnvelope> handler) {
            return add(topic, new Route(consumer, handler, false));
        }

        private Builder add(String topic, Route route) {
            if (routes.putIfAbsent(topic, route) != null) {
                throw new IllegalArgumentException("topic " + topic + " is routed twice");
            }
            return this;
        }

        /**
         * Loads, in one query, the entities a batch's {@link #onPreloaded} handlers will look up (e.g. the claims its
         * events name), so they find them in the persistence context instead of one query each; their changes are not
         * flushed after each event but together before commit (one JDBC batch per table instead of a round trip per
         * row). A handler then sees the earlier events' changes through its entities, and a query Hibernate runs
         * flushes what it needs first. Only for handlers that change their tables through entities (a native UPDATE
         * of a loaded row would leave a stale entity behind). It runs in the batch's transaction with the batch's
         * tenant, given the events of the {@link #onPreloaded} routes seen for the first time, in order (not at all
         * when there are none).
         */
        public Builder prefetch(Consumer<List<EventEnvelope>> loader) {
            this.prefetch = loader;
            return this;
        }

        public EventRoutes build() {
            return new EventRoutes(routes, null, prefetch);
        }
    }
}
