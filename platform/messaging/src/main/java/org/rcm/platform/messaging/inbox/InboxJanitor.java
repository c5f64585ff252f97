package org.rcm.platform.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the inbox to the window in which an event can still be redelivered: rows older than
 * {@code rcm.inbox.retention} (default 30 days, well past the topics' 7-day retention and any consumer lag) are
 * deleted, a bounded number per transaction so the purge never holds long locks. Without it the table and its key
 * index grow with every event ever consumed.
 */
@ApplicationScoped
public class InboxJanitor {
    private static final Logger LOG = Logger.getLogger(InboxJanitor.class);
    private static final String PURGE = "DELETE FROM inbox WHERE ctid = ANY (ARRAY(SELECT ctid FROM inbox"
            + " WHERE processed_at < ? LIMIT ?))";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "rcm.inbox.retention")
    Duration retention;
    @ConfigProperty(name = "rcm.inbox.purge-batch")
    int purgeBatch;

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        long deleted = purgeProcessedBefore(Instant.now().minus(retention));
        if (deleted > 0) {
            LOG.infof("inbox: %d rows older than %s deleted", deleted, retention);
        }
    }

    /** Deletes the rows processed before {@code cutoff}, {@code rcm.inbox.purge-batch} per transaction. */
    public long purgeProcessedBefore(Instant cutoff) {
        long total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(PURGE)) {
            int deleted;
            do {
                ps.setTimestamp(1, Timestamp.from(cutoff));
                ps.setInt(2, purgeBatch);
                deleted = ps.executeUpdate();   // autocommit: each round is its own transaction
                total += deleted;
            } while (deleted == purgeBatch);
        } catch (SQLException e) {
            LOG.warnf("inbox purge stopped (%s); the next run continues", e.getClass().getSimpleName());
        }
        return total;
    }
}
