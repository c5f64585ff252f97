package org.rcm.platform.messaging.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A tenant's read-mostly reference data (billing setup, telehealth profiles), kept for a short time so a hot path asks
 * the database once per TTL instead of once per event. Values must be immutable snapshots, never managed entities.
 * A change made through this replica drops the tenant's entries when it is made and again when its transaction
 * completes (so a lookup in between cannot keep the old value); other replicas see it within the TTL. A TTL of zero
 * turns the cache off. A missing value (null) is cached like any other.
 */
public final class TenantCache<V> {
    private static final char SEPARATOR = '\u0000';

    private record Cached<V>(V value, long expiresAt) {
    }

    private final Duration ttl;
    private final int maxEntries;
    private final Map<String, Cached<V>> entries = new ConcurrentHashMap<>();

    public TenantCache(Duration ttl, int maxEntries) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /** The cached value of (tenant, key), or what {@code loader} answers now (then kept for the TTL). */
    public V get(String tenant, String key, Supplier<V> loader) {
        if (ttl.isZero()) {
            return loader.get();
        }
        String k = tenant + SEPARATOR + key;
        long now = System.nanoTime();
        Cached<V> hit = entries.get(k);
        if (hit != null && now - hit.expiresAt() < 0) {
            return hit.value();
        }
        V value = loader.get();
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(k, new Cached<>(value, now + ttl.toNanos()));
        return value;
    }

    /** A (cache, tenant) pair whose forgetting is already registered with the current transaction. */
    private record Registered(TenantCache<?> cache, String tenant) {
    }

    /**
     * The tenant's data is changing in the current transaction: its entries go now and after completion (registered
     * once per transaction, however many changes it makes).
     */
    public void changing(String tenant, TransactionSynchronizationRegistry transactions) {
        forget(tenant);
        Completion.after(transactions, new Registered(this, tenant), committed -> forget(tenant));
    }

    public void forget(String tenant) {
        String prefix = tenant + SEPARATOR;
        entries.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
