package org.rcm.gateway.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.rcm.gateway.adapter.PartnerException;
import org.rcm.gateway.adapter.Partners;
import org.rcm.gateway.domain.Batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends READY/RETRY batches. The attempt is recorded (SENDING) before the call; a failed or uncertain attempt is
 * retried later with the very same stored bytes, control numbers and idempotency key (exponential backoff with
 * jitter between attempts, bounded by the partner's max attempts, then SEND_FAILED for a person to look at).
 */
@ApplicationScoped
public class BatchSender {
    private static final Logger LOG = Logger.getLogger(BatchSender.class);

    @Inject
    Partners partners;
    @Inject
    InboundService inbound;

    /** A batch left SENDING by a crash is uncertain: retry it (same bytes). */
    @Transactional
    void onStart(@Observes StartupEvent ev) {
        Batch.update("status = 'RETRY', nextAttemptAt = ?1 where status = 'SENDING'", Instant.now());
    }

    @Scheduled(every = "${rcm.gateway.send-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        for (String id : due()) {
            send(id);
        }
    }

    @Transactional
    List<String> due() {
        return Batch.<Batch>find("status in ('READY', 'RETRY') and nextAttemptAt <= ?1 order by createdAt",
                Instant.now()).page(0, 20).list().stream().map(b -> b.id).toList();
    }

    public void send(String batchId) {
        Batch b = begin(batchId);
        if (b == null) {
            return;
        }
        try {
            byte[] ack = partners.send(b.partnerId, b.fileName, b.content, b.idempotencyKey);
            sent(batchId);
            if (ack != null && ack.length > 0) {
                inbound.receive(b.partnerId, b.fileName + ".ack", ack);
            }
        } catch (RuntimeException e) {
            boolean retryable = !(e instanceof PartnerException pe) || pe.retryable;
            failed(batchId, e.getClass().getSimpleName() + ": " + e.getMessage(), retryable);
        }
    }

    @Transactional
    Batch begin(String batchId) {
        Batch b = Batch.findById(batchId);
        if (b == null || !("READY".equals(b.status) || "RETRY".equals(b.status))) {
            return null;
        }
        b.status = "SENDING";
        b.attempts++;
        Batch copy = new Batch();
        copy.id = b.id;
        copy.partnerId = b.partnerId;
        copy.fileName = b.fileName;
        copy.content = b.content;
        copy.idempotencyKey = b.idempotencyKey;
        return copy;
    }

    @Transactional
    void sent(String batchId) {
        Batch b = Batch.findById(batchId);
        b.status = "SENT";
        b.sentAt = Instant.now();
        b.lastError = null;
        LOG.infof("batch %s sent (attempt %d, ISA13 %d)", b.id, b.attempts, b.isa13);
    }

    @Transactional
    void failed(String batchId, String error, boolean retryable) {
        Batch b = Batch.findById(batchId);
        int max = partners.partner(b.partnerId).maxAttempts();
        b.lastError = error.length() > 300 ? error.substring(0, 300) : error;
        if (!retryable || b.attempts >= max) {
            b.status = "SEND_FAILED";
            LOG.errorf("batch %s not sent after %d attempts: %s", b.id, b.attempts, b.lastError);
            return;
        }
        long base = Math.min(60_000L, 500L * (1L << Math.min(b.attempts, 7)));
        long jitter = ThreadLocalRandom.current().nextLong(base / 2 + 1);
        b.status = "RETRY";
        b.nextAttemptAt = Instant.now().plus(Duration.ofMillis(base / 2 + jitter));
        LOG.warnf("batch %s attempt %d failed (%s); retry at %s with the same bytes", b.id, b.attempts,
                b.lastError, b.nextAttemptAt);
    }
}
