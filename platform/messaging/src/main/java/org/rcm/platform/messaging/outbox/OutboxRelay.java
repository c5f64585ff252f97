package org.rcm.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.rcm.platform.events.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes committed outbox rows in order: one replica at a time (the schema's relay lock) locks the oldest batch,
 * sends every row, waits for the broker's acks (acks=all), then marks the batch published in the same
 * transaction (or, with a retention of zero, deletes it). A crash between send and commit re-sends the batch:
 * consumers deduplicate by eventId.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * The oldest unpublished rows, read only by the replica holding the schema's relay lock (a transaction-scoped
     * advisory lock, evaluated once per statement): two replicas relaying at once could each send part of the queue,
     * and an aggregate's later event in the second replica's rows could reach the broker before an earlier one in the
     * first's. Replicas without the lock read nothing and try again at their next wake-up, so one of them takes over
     * as soon as the relaying one stops.
     */
    private static final String SELECT = "SELECT seq, id, topic, aggregateid, type, tenant_id, schema_version,"
            + " correlation_id, payload FROM outbox"
            + " WHERE (SELECT pg_try_advisory_xact_lock(hashtext('outbox-relay/' || current_schema())::bigint))"
            + " AND published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE";
    private static final String MARK = "UPDATE outbox SET published_at = now() WHERE seq = ANY (?)";
    private static final String DELETE = "DELETE FROM outbox WHERE seq = ANY (?)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "rcm.outbox.batch-size")
    int batchSize;
    @ConfigProperty(name = "rcm.outbox.poll-interval")
    Duration pollInterval;
    @ConfigProperty(name = "rcm.outbox.send-timeout")
    Duration sendTimeout;
    /** Zero: a row is deleted once the broker acked it, instead of marked published and purged later. */
    @ConfigProperty(name = "rcm.outbox.retention")
    Duration retention;
    @ConfigProperty(name = "rcm.outbox.enabled", defaultValue = "true")
    boolean enabled;
    /** How long a wake-up waits for more commits before it reads the outbox (one round of statements for several). */
    @ConfigProperty(name = "rcm.outbox.linger")
    Duration linger;

    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.warn("outbox relay disabled (rcm.outbox.enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wake.release();
        if (worker != null) {
            worker.join(sendTimeout.toMillis());
        }
    }

    /** Called after a transaction that wrote outbox rows commits, so events leave without waiting for a poll. */
    public void wakeUp() {
        wake.release();
    }

    /** Number of events this instance has published since start. */
    public long publishedCount() {
        return published.get();
    }

    private void loop() {
        Duration backoff = pollInterval;
        while (running) {
            try {
                int sent;
                do {
                    sent = relayBatch();
                } while (sent == batchSize && running);
                backoff = pollInterval;
                if (wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS) && !linger.isZero() && running) {
                    Thread.sleep(linger.toMillis());
                }
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay: batch not published, will retry in %s (%s)", backoff,
                        e.getClass().getSimpleName());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Publishes at most one batch; returns how many rows it published. Runs on a plain local database transaction,
     * not a JTA one: the broker's acks complete on the producer's threads, and a JTA transaction propagated there
     * would be "active on two threads" and fail to commit after the rows were already sent.
     */
    public int relayBatch() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int sent = relay(c);
                c.commit();
                return sent;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox relay database error", e);
        }
    }

    private int relay(Connection c) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        List<Uni<Void>> acks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                    acks.add(emitter.sendMessage(toMessage(rs)));
                }
            }
        }
        if (seqs.isEmpty()) {
            return 0;
        }
        Uni.join().all(acks).andFailFast().await().atMost(sendTimeout);
        try (PreparedStatement ps = c.prepareStatement(retention.isZero() ? DELETE : MARK)) {
            Array array = c.createArrayOf("bigint", seqs.toArray());
            ps.setArray(1, array);
            ps.executeUpdate();
        }
        published.addAndGet(seqs.size());
        return seqs.size();
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the server rolls back
        }
    }

    private static Message<String> toMessage(ResultSet rs) throws SQLException {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.EVENT_ID, bytes(rs.getString(2)));
        headers.add(EventHeaders.EVENT_TYPE, bytes(rs.getString(5)));
        headers.add(EventHeaders.TENANT_ID, bytes(rs.getString(6)));
        headers.add(EventHeaders.SCHEMA_VERSION, bytes(Integer.toString(rs.getInt(7))));
        String correlation = rs.getString(8);
        if (correlation != null) {
            headers.add(EventHeaders.CORRELATION_ID, bytes(correlation));
        }
        OutgoingKafkaRecordMetadata<String> meta = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(rs.getString(3))
                .withKey(rs.getString(4))
                .withHeaders(headers)
                .build();
        return Message.of(rs.getString(9)).addMetadata(meta);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
