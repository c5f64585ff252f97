package org.rcm.platform.messaging.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.OffsetDateTime;

/** Deletes published outbox rows after the retention period, and reports how many are waiting. */
@ApplicationScoped
public class OutboxJanitor {
    @Inject
    EntityManager em;

    @ConfigProperty(name = "rcm.outbox.retention")
    Duration retention;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgePublished() {
        if (retention.isZero()) {
            return;   // the relay deletes what it published
        }
        em.createNativeQuery("DELETE FROM outbox WHERE published_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(retention))
                .executeUpdate();
    }

    /** Rows written but not yet acknowledged by the broker (outbox lag). */
    @Transactional
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox WHERE published_at IS NULL")
                .getSingleResult()).longValue();
    }
}
