package org.rcm.platform.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.messaging.persistence.Completion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The idempotent-consumer log: one row per (consumer, eventId), written with the consumer's effect. */
@ApplicationScoped
public class Inbox {
    private static final String INSERT = "INSERT INTO inbox (consumer, event_id, event_type, tenant_id)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private static final String INSERT_ALL = "INSERT INTO inbox (consumer, event_id, event_type, tenant_id)"
            + " SELECT e.consumer, e.id, e.type, e.tenant FROM unnest(?::text[], ?::uuid[], ?::text[], ?::text[])"
            + " AS e(consumer, id, type, tenant) ON CONFLICT DO NOTHING RETURNING consumer, event_id";

    /** One inbox row's key: a consumer's delivery of an event. */
    public record Key(String consumer, UUID eventId) {
    }

    private static final Object MARKED_KEY = new Object();

    /** How many of this replica's own applied deliveries {@link #appliedHere} remembers. */
    private static final int REMEMBERED = 50_000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Set<Key> remembered = ConcurrentHashMap.newKeySet();
    private final Queue<Key> rememberedOrder = new ConcurrentLinkedQueue<>();

    /**
     * Records a batch in one statement; returns the deliveries seen for the first time (their effects must be
     * applied). A delivery that occurs twice in the batch is returned once: the caller applies it once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, List<EventEnvelope> events) {
        Set<UUID> fresh = new HashSet<>();
        for (Key k : firstDeliveries(java.util.Collections.nCopies(events.size(), consumer), events)) {
            fresh.add(k.eventId());
        }
        return fresh;
    }

    /** As above, each event with its own consumer name ({@code consumers.get(i)} received {@code events.get(i)}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Key> firstDeliveries(List<String> consumers, List<EventEnvelope> events) {
        Object[] ids = new Object[events.size()];
        Object[] types = new Object[events.size()];
        Object[] tenants = new Object[events.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = events.get(i).eventId();
            types[i] = events.get(i).eventType();
            tenants[i] = events.get(i).tenantId();
        }
        return insertAll(consumers.toArray(), ids, types, tenants);
    }

    /** One statement for many inbox rows; returns the keys inserted (the others were there already). */
    private Set<Key> insertAll(Object[] names, Object[] ids, Object[] types, Object[] tenants) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT_ALL)) {
            ps.setArray(1, c.createArrayOf("text", names));
            ps.setArray(2, c.createArrayOf("uuid", ids));
            ps.setArray(3, c.createArrayOf("text", types));
            ps.setArray(4, c.createArrayOf("text", tenants));
            Set<Key> fresh = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(new Key(rs.getString(1), rs.getObject(2, UUID.class)));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("inbox insert failed", e);
        }
    }

    /**
     * Records that the caller's transaction already applied what {@code consumer} would do with the event it
     * publishes (a service that consumes its own event), so the consumer's delivery is a duplicate; once the
     * transaction commits, this replica also remembers it ({@link #appliedHere}). The rows of one transaction are
     * written together just before it commits (a batch of 50 sessions: one statement), and not at all when it rolls
     * back; a failure to write them rolls it back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markApplied(String consumer, UUID eventId, String eventType, String tenantId) {
        marked().add(new Marked(new Key(consumer, eventId), eventType, tenantId));
    }

    private record Marked(Key key, String eventType, String tenantId) {
    }

    /**
     * The deliveries this transaction marked so far; the first call registers their write just before commit (one
     * statement for a batch of sessions instead of one each) and, once committed, their memory in this replica.
     */
    private List<Marked> marked() {
        return Completion.collect(transactions, MARKED_KEY, this::writeMarked,
                rows -> rows.forEach(m -> remember(m.key())));
    }

    private void writeMarked(List<Marked> rows) {
        int n = rows.size();
        Object[] names = new Object[n];
        Object[] ids = new Object[n];
        Object[] types = new Object[n];
        Object[] tenants = new Object[n];
        for (int i = 0; i < n; i++) {
            Marked m = rows.get(i);
            names[i] = m.key().consumer();
            ids[i] = m.key().eventId();
            types[i] = m.eventType();
            tenants[i] = m.tenantId();
        }
        try {
            insertAll(names, ids, types, tenants);
        } catch (IllegalStateException e) {
            transactions.setRollbackOnly();
            throw e;
        }
    }

    /**
     * True when this replica committed the inbox row of this delivery itself ({@link #markApplied}): the record can be
     * acknowledged as a duplicate without decoding it or asking the database. False means only "not known here".
     */
    public boolean appliedHere(String consumer, UUID eventId) {
        return remembered.contains(new Key(consumer, eventId));
    }

    private void remember(Key key) {
        if (remembered.add(key)) {
            rememberedOrder.add(key);
            while (remembered.size() > REMEMBERED) {
                Key oldest = rememberedOrder.poll();
                if (oldest == null) {
                    break;
                }
                remembered.remove(oldest);
            }
        }
    }

    /** Returns true when this is the first time the consumer sees the event (then it must apply its effect). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope event) {
        return insert(consumer, event.eventId(), event.eventType(), event.tenantId());
    }

    private boolean insert(String consumer, UUID eventId, String eventType, String tenantId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, consumer);
            ps.setObject(2, eventId);
            ps.setString(3, eventType);
            ps.setString(4, tenantId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("inbox insert failed", e);
        }
    }
}
