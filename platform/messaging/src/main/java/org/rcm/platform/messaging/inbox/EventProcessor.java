package org.rcm.platform.messaging.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventHeaders;
import org.rcm.platform.events.EventJson;
import org.rcm.platform.events.MalformedEventException;
import org.rcm.platform.messaging.resilience.Outage;
import org.rcm.platform.messaging.tenant.RequestMetadata;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a consumer's handler exactly once per event: decodes the envelope, takes the tenant from the record
 * header, and in one transaction records (consumer, eventId) in the inbox and applies the handler — a poll's records
 * of one tenant in one transaction. Transient failures are retried a bounded number of times with backoff; then the
 * record is parked in the service's dead-letter topic ({@link DeadLetters}). Records that can never succeed (not an
 * envelope, no tenant header) go there at once. An outage of the database is not the event's fault: it does not use
 * up attempts; the processor waits for the database (backoff capped at {@code rcm.inbox.outage-backoff-max}) so a
 * restart of PostgreSQL dead-letters nothing. Payloads are never logged (they carry PHI).
 */
@ApplicationScoped
public class EventProcessor {
    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    @Inject
    Inbox inbox;
    @Inject
    DeadLetters deadLetterTopic;
    @Inject
    Instance<EntityManager> entityManager;

    @ConfigProperty(name = "rcm.inbox.max-attempts")
    int maxAttempts;
    @ConfigProperty(name = "rcm.inbox.backoff")
    Duration backoff;
    /** Off: every record in its own transaction (the benchmark's baseline for what batching saves). */
    @ConfigProperty(name = "rcm.inbox.batching", defaultValue = "true")
    boolean batching;
    @ConfigProperty(name = "rcm.inbox.outage-backoff-max", defaultValue = "PT5S")
    Duration outageBackoffMax;
    /** Off only to show what the fault suite catches without it: outages then use up attempts and dead-letter. */
    @ConfigProperty(name = "rcm.inbox.wait-out-outages", defaultValue = "true")
    boolean waitOutOutages;

    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private volatile EntityManager resolvedEntityManager;
    private volatile boolean entityManagerResolved;

    /**
     * Applies one poll's records: each tenant's records in one transaction (inbox rows written in one statement,
     * handlers run in record order, each event's writes flushed before the next unless its route is preloaded, see
     * {@link EventRoutes.Builder#prefetch}), so a batch costs one commit instead of one per record. A database outage
     * is waited out and a lock conflict retries the batch whole; any other failure rolls it back and its records are
     * applied again one at a time, so one bad record costs only itself: after its bounded retries it is parked in
     * the dead-letter topic and the others are applied. Returns normally once every record is applied, known as a
     * duplicate or parked, so the connector may commit the poll's offsets.
     */
    public void process(String consumer, ConsumerRecords<String, String> records, Consumer<EventEnvelope> handler) {
        process(records, EventRoutes.single(consumer, handler));
    }

    /**
     * Applies one poll of a channel that reads several topics: each record goes to its topic's route (handler and
     * inbox name), and a tenant's records of every topic share one transaction. A record of a topic without a route
     * is parked in the dead-letter topic.
     */
    public void process(ConsumerRecords<String, String> records, EventRoutes routes) {
        Map<String, List<Delivery>> byTenant = new LinkedHashMap<>();
        Map<String, Instant> latestOfSequence = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            EventRoutes.Route route = routes.route(record.topic());
            if (route == null) {
                park("channel of " + routes.topics(), record, "no handler for topic " + record.topic());
                continue;
            }
            if (appliedHere(route.consumer(), record)) {
                // our own event, applied in the transaction that produced it: nothing to decode or look up
                duplicates.incrementAndGet();
                continue;
            }
            try {
                EventEnvelope event = decode(record);
                byTenant.computeIfAbsent(event.tenantId(), t -> new ArrayList<>())
                        .add(new Delivery(record, event, route, orderTime(latestOfSequence, record, event)));
            } catch (MalformedEventException e) {
                park(route.consumer(), record, "not a valid event: " + e.getMessage());
            }
        }
        for (Map.Entry<String, List<Delivery>> group : byTenant.entrySet()) {
            // in key order, so batches of different channels that touch the same aggregates lock their rows in the
            // same order instead of deadlocking each other; one key's records of several topics in the order they were
            // produced (a 999 before the 835 that overtook it in this poll), each partition's own order kept
            group.getValue().sort(BY_KEY_THEN_TIME);
            if (!applyBatch(group.getKey(), group.getValue(), routes.prefetch())) {
                for (Delivery d : group.getValue()) {
                    try {
                        applyOne(d.route().consumer(), d.event(), d.route().handler());
                    } catch (RuntimeException e) {
                        park(d.route().consumer(), d.record(), failure(e));
                    }
                }
            }
        }
    }

    /** True when the whole tenant group was applied in one transaction; false when it must go one at a time. */
    private boolean applyBatch(String tenant, List<Delivery> group, Consumer<List<EventEnvelope>> prefetch) {
        if (group.size() == 1 || !batching) {
            return false;
        }
        int outageWaits = 0;
        int conflicts = 0;
        while (true) {
            try {
                int[] counts = inTenant(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
                    Set<Inbox.Key> fresh = inbox.firstDeliveries(consumers(group), events(group));
                    List<Delivery> firsts = new ArrayList<>(fresh.size());
                    for (Delivery d : group) {
                        if (fresh.remove(new Inbox.Key(d.route().consumer(), d.event().eventId()))) {
                            firsts.add(d);
                        }
                    }
                    List<EventEnvelope> toLoad = prefetch == null ? List.of() : preloadedEvents(firsts);
                    if (!toLoad.isEmpty()) {
                        RequestMetadata.runAs(tenant, null, null, () -> prefetch.accept(toLoad));
                    }
                    for (Delivery d : firsts) {
                        apply(d.event(), d.route().handler(), prefetch == null || !d.route().preloaded());
                    }
                    flushAndClear();
                    return new int[]{firsts.size(), group.size() - firsts.size()};
                }));
                applied.addAndGet(counts[0]);
                duplicates.addAndGet(counts[1]);
                batches.incrementAndGet();
                return true;
            } catch (RuntimeException e) {
                if (waitOutOutages && Outage.isOutage(e)) {
                    waitForDatabase(consumer(group), "a batch of " + group.size() + " events", e, ++outageWaits);
                    continue;
                }
                if (lockConflict(e) && ++conflicts < maxAttempts) {
                    // another channel of this service held rows this batch needs (deadlock victim or lock timeout):
                    // the batch itself is fine, so it is retried whole once the other transaction is done
                    LOG.debugf("%s: a batch of %d events met a lock conflict; retrying it", consumer(group),
                            group.size());
                    pause(conflicts);
                    continue;
                }
                LOG.warnf("%s: a batch of %d events failed (%s); applying them one at a time", consumer(group),
                        group.size(), e.getClass().getSimpleName());
                return false;
            }
        }
    }

    private void applyOne(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
        int outageWaits = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                boolean first = inTenant(event.tenantId(), () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event)) {
                        return false;
                    }
                    apply(event, handler, true);
                    return true;
                }));
                (first ? applied : duplicates).incrementAndGet();
                if (!first) {
                    LOG.debugf("%s: duplicate delivery of %s %s ignored", consumer, event.eventType(), event.eventId());
                }
                return;
            } catch (MalformedEventException e) {
                LOG.warnf("%s: %s %s cannot be processed: %s", consumer, event.eventType(), event.eventId(),
                        e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (waitOutOutages && Outage.isOutage(e)) {
                    attempt--;
                    waitForDatabase(consumer, event.eventType() + " " + event.eventId(), e, ++outageWaits);
                    continue;
                }
                if (attempt >= maxAttempts) {
                    LOG.errorf("%s: %s %s failed %d times, sending to dead-letter topic (%s)", consumer,
                            event.eventType(), event.eventId(), attempt, e.getClass().getName());
                    throw e;
                }
                LOG.warnf("%s: %s %s attempt %d failed (%s), retrying", consumer, event.eventType(),
                        event.eventId(), attempt, e.getClass().getSimpleName());
                pause(attempt);
            }
        }
    }

    /** The service's EntityManager (a transaction-scoped proxy), or null in a service without Hibernate entities. */
    private EntityManager entityManager() {
        if (!entityManagerResolved) {
            resolvedEntityManager = entityManager.isResolvable() ? entityManager.get() : null;
            entityManagerResolved = true;
        }
        return resolvedEntityManager;
    }

    /** An outage is not the event's fault: wait for the database (logged on the first and every tenth wait). */
    private void waitForDatabase(String consumer, String what, RuntimeException e, int waits) {
        outages.incrementAndGet();
        if (waits == 1 || waits % 10 == 0) {
            LOG.warnf("%s: database unavailable while applying %s (%s); waiting for it", consumer, what,
                    e.getClass().getSimpleName());
        }
        pauseForOutage(waits);
    }

    /**
     * Runs the handler with the event's tenant, correlation and causation; with {@code flush} its writes reach the
     * database at once and the next event starts from an empty persistence context.
     */
    private void apply(EventEnvelope event, Consumer<EventEnvelope> handler, boolean flush) {
        RequestMetadata.runAs(event.tenantId(), event.correlationId(), event.eventId().toString(),
                () -> handler.accept(event));
        if (flush) {
            flushAndClear();
        }
    }

    private void flushAndClear() {
        EntityManager em = entityManager();
        if (em != null) {
            em.flush();
            em.clear();
        }
    }

    /**
     * Binds the tenant before the transaction takes its connection, so the connection carries the tenant and the
     * row-level security policies confine the inbox and every handler's SQL to it.
     */
    private static <T> T inTenant(String tenant, Callable<T> work) {
        Object[] result = new Object[1];
        RequestMetadata.runAs(tenant, null, null, () -> {
            try {
                result[0] = work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** Parks a record in the dead-letter topic; while the broker cannot take it, keeps trying (nothing is dropped). */
    private void park(String consumer, ConsumerRecord<String, String> record, String reason) {
        deadLetters.incrementAndGet();
        LOG.warnf("%s: record %s/%d@%d sent to the dead-letter topic: %s", consumer, record.topic(),
                record.partition(), record.offset(), reason);
        for (int attempt = 1; ; attempt++) {
            try {
                deadLetterTopic.park(consumer, record, reason);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("%s: dead-letter topic not reachable (%s); retrying", consumer, e.getClass().getSimpleName());
                pauseForOutage(attempt);
            }
        }
    }

    /** The failure's class and, for our own exceptions (they never carry payload values), its message. */
    private static String failure(RuntimeException e) {
        if (e instanceof MalformedEventException) {
            return "cannot be processed: " + e.getMessage();
        }
        return "failed after retries: " + e.getClass().getName();
    }

    /** Deadlock victim, serialization failure or lock not available (SQLSTATE 40P01, 40001, 55P03). */
    static boolean lockConflict(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40P01") || sql.getSQLState().equals("40001")
                    || sql.getSQLState().equals("55P03"))) {
                return true;
            }
            String name = t.getClass().getSimpleName();
            if (name.equals("PessimisticLockException") || name.equals("LockAcquisitionException")
                    || name.equals("CannotAcquireLockException") || name.equals("LockTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> consumers(List<Delivery> group) {
        List<String> consumers = new ArrayList<>(group.size());
        for (Delivery d : group) {
            consumers.add(d.route().consumer());
        }
        return consumers;
    }

    /** The consumer name(s) of a batch, for log lines. */
    private static String consumer(List<Delivery> group) {
        return String.join("+", new java.util.TreeSet<>(consumers(group)));
    }

    /** The events of the deliveries whose route the batch loader serves, in order. */
    private static List<EventEnvelope> preloadedEvents(List<Delivery> deliveries) {
        List<EventEnvelope> events = new ArrayList<>();
        for (Delivery d : deliveries) {
            if (d.route().preloaded()) {
                events.add(d.event());
            }
        }
        return events;
    }

    private static List<EventEnvelope> events(List<Delivery> group) {
        List<EventEnvelope> events = new ArrayList<>(group.size());
        for (Delivery d : group) {
            events.add(d.event());
        }
        return events;
    }

    /** Number of batches applied in one transaction. */
    public long batchCount() {
        return batches.get();
    }

    /**
     * @param at when the event was produced, raised to the latest time seen before it in its own partition and key,
     *           so sorting by it (stably) never reorders one partition's records, only interleaves partitions
     */
    private record Delivery(ConsumerRecord<String, String> record, EventEnvelope event, EventRoutes.Route route,
                            Instant at) {
    }

    /** The event's production time, never earlier than that of the records before it in its partition and key. */
    static Instant orderTime(Map<String, Instant> latestOfSequence, ConsumerRecord<String, String> record,
                             EventEnvelope event) {
        String sequence = record.topic() + '\u0000' + record.partition() + '\u0000' + record.key();
        Instant at = event.occurredAt();
        Instant before = latestOfSequence.get(sequence);
        if (before != null && before.isAfter(at)) {
            at = before;
        }
        latestOfSequence.put(sequence, at);
        return at;
    }

    private static final Comparator<Delivery> BY_KEY_THEN_TIME = Comparator.comparing(
            (Delivery d) -> d.record().key(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Delivery::at);

    public long appliedCount() {
        return applied.get();
    }

    public long duplicateCount() {
        return duplicates.get();
    }

    public long deadLetterCount() {
        return deadLetters.get();
    }

    /** How many times a handler waited for the database to come back. */
    public long outageWaitCount() {
        return outages.get();
    }

    static EventEnvelope decode(ConsumerRecord<String, String> record) {
        String tenant = header(record, EventHeaders.TENANT_ID);
        if (tenant == null || tenant.isBlank()) {
            throw new MalformedEventException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no tenantId header");
        }
        if (record.value() == null) {
            throw new MalformedEventException("record without value");
        }
        EventEnvelope event;
        try {
            event = EventJson.readEnvelope(record.value());
        } catch (NullPointerException e) {
            throw new MalformedEventException("record is missing envelope fields");
        }
        if (!tenant.equals(event.tenantId())) {
            throw new MalformedEventException("tenantId header does not match the envelope");
        }
        return event;
    }

    /** The record's eventId header names a delivery this replica recorded itself (see {@link Inbox#markApplied}). */
    private boolean appliedHere(String consumer, ConsumerRecord<String, String> record) {
        String id = header(record, EventHeaders.EVENT_ID);
        if (id == null) {
            return false;
        }
        try {
            return inbox.appliedHere(consumer, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return false;   // not a UUID: decode() parks it
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private void pauseForOutage(int waits) {
        long base = Math.min(outageBackoffMax.toMillis(), backoff.toMillis() * (1L << Math.min(waits - 1, 10)));
        sleep(base + ThreadLocalRandom.current().nextLong(base / 4 + 1));
    }

    private void pause(int attempt) {
        long base = backoff.toMillis() * (1L << Math.min(attempt - 1, 6));
        long jitter = ThreadLocalRandom.current().nextLong(base / 2 + 1);
        sleep(base + jitter);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
