package org.rcm.platform.messaging.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.rcm.platform.messaging.inbox.EventProcessor;
import org.rcm.platform.messaging.outbox.OutboxJanitor;
import org.rcm.platform.messaging.outbox.OutboxRelay;

/**
 * Prometheus gauges for the messaging backbone (at /q/metrics): outbox lag (rows not yet acknowledged by the
 * broker), events published, inbox applied / duplicate deliveries, records sent to the dead-letter topic.
 * Kafka consumer lag comes from the Kafka client metrics Quarkus binds automatically.
 */
@ApplicationScoped
public class MessagingMetrics {
    @Inject
    MeterRegistry registry;
    @Inject
    OutboxJanitor janitor;
    @Inject
    OutboxRelay relay;
    @Inject
    EventProcessor processor;

    void register(@Observes StartupEvent event) {
        Gauge.builder("rcm.outbox.pending", janitor, j -> safe(j::pending))
                .description("outbox rows written but not yet acknowledged by the broker").register(registry);
        Gauge.builder("rcm.outbox.published", relay, OutboxRelay::publishedCount)
                .description("events published by this instance").register(registry);
        Gauge.builder("rcm.inbox.applied", processor, EventProcessor::appliedCount)
                .description("events applied once").register(registry);
        Gauge.builder("rcm.inbox.duplicates", processor, EventProcessor::duplicateCount)
                .description("redelivered events ignored").register(registry);
        Gauge.builder("rcm.inbox.batches", processor, EventProcessor::batchCount)
                .description("polls applied as one transaction per tenant").register(registry);
        Gauge.builder("rcm.dead.letters", processor, EventProcessor::deadLetterCount)
                .description("records sent to the dead-letter topic").register(registry);
    }

    private static double safe(java.util.function.LongSupplier supplier) {
        try {
            return supplier.getAsLong();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
