package org.rcm.platform.messaging.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a consumer's handler exactly once per event: decodes the envelope, takes the tenant from the record
 * header, and in one transaction records (consumer, eventId) in the inbox and applies the handler. Transient
 * failures are retried a bounded number of times with backoff; then the exception propagates, the record is
 * nacked and the connector moves it to the service's dead-letter topic. Records that can never succeed (not an
 * envelope, no tenant header) go there at once. An outage of the database is not the event's fault: it does not use
 * up attempts; the processor waits for the database (backoff capped at {@code rcm.inbox.outage-backoff-max}) so a
 * restart of PostgreSQL dead-letters nothing. Payloads are never logged (they carry PHI).
 */
@ApplicationScoped
public class EventProcessor {
    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    @Inject
    Inbox inbox;

    @ConfigProperty(name = "rcm.inbox.max-attempts")
    int maxAttempts;
    @ConfigProperty(name = "rcm.inbox.backoff")
    Duration backoff;
    @ConfigProperty(name = "rcm.inbox.outage-backoff-max", defaultValue = "PT5S")
    Duration outageBackoffMax;
    /** Off only to show what the fault suite catches without it: outages then use up attempts and dead-letter. */
    @ConfigProperty(name = "rcm.inbox.wait-out-outages", defaultValue = "true")
    boolean waitOutOutages;

    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();

    public void process(String consumer, ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        EventEnvelope event;
        try {
            event = decode(record);
        } catch (MalformedEventException e) {
            deadLetters.incrementAndGet();
            LOG.warnf("%s: record %s/%d@%d is not a valid event, sending to dead-letter topic: %s", consumer,
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
        int outageWaits = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                boolean first = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event)) {
                        return false;
                    }
                    RequestMetadata.runAs(event.tenantId(), event.correlationId(), event.eventId().toString(),
                            () -> handler.accept(event));
                    return true;
                });
                (first ? applied : duplicates).incrementAndGet();
                if (!first) {
                    LOG.debugf("%s: duplicate delivery of %s %s ignored", consumer, event.eventType(), event.eventId());
                }
                return;
            } catch (MalformedEventException e) {
                LOG.warnf("%s: %s %s cannot be processed: %s", consumer, event.eventType(), event.eventId(),
                        e.getMessage());
                deadLetters.incrementAndGet();
                throw e;
            } catch (RuntimeException e) {
                if (waitOutOutages && Outage.isOutage(e)) {
                    attempt--;
                    outageWaits++;
                    outages.incrementAndGet();
                    if (outageWaits == 1 || outageWaits % 10 == 0) {
                        LOG.warnf("%s: database unavailable while applying %s %s (%s); waiting for it", consumer,
                                event.eventType(), event.eventId(), e.getClass().getSimpleName());
                    }
                    pauseForOutage(outageWaits);
                    continue;
                }
                if (attempt >= maxAttempts) {
                    LOG.errorf("%s: %s %s failed %d times, sending to dead-letter topic (%s)", consumer,
                            event.eventType(), event.eventId(), attempt, e.getClass().getName());
                    deadLetters.incrementAndGet();
                    throw e;
                }
                LOG.warnf("%s: %s %s attempt %d failed (%s), retrying", consumer, event.eventType(),
                        event.eventId(), attempt, e.getClass().getSimpleName());
                pause(attempt);
            }
        }
    }

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
