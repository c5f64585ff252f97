package org.rcm.platform.messaging.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Work that must wait until the current JTA transaction has ended (wake the relay, drop a cache, remember a key). */
public final class Completion {
    private Completion() {
    }

    /**
     * Runs {@code action} once the current transaction has completed, with true when it committed. With a
     * {@code once} key (compared by equals), it is registered at most once per transaction however often it is
     * asked; null registers every time.
     */
    public static void after(TransactionSynchronizationRegistry registry, Object once, Consumer<Boolean> action) {
        if (once != null) {
            if (registry.getResource(once) != null) {
                return;
            }
            registry.putResource(once, Boolean.TRUE);
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    /**
     * A list kept for the current transaction under {@code key}: the first call creates it and registers
     * {@code beforeCommit}, run with the list just before the transaction commits (while it is still active, so a
     * failure there rolls it back; not run when it is already marked for rollback or the list is empty), and
     * {@code afterCommit}, run with it once the transaction has committed. Later calls return the same list.
     */
    public static <T> List<T> collect(TransactionSynchronizationRegistry registry, Object key,
                                      Consumer<List<T>> beforeCommit, Consumer<List<T>> afterCommit) {
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) registry.getResource(key);
        if (items != null) {
            return items;
        }
        List<T> created = new ArrayList<>();
        registry.putResource(key, created);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (registry.getTransactionStatus() == Status.STATUS_ACTIVE && !created.isEmpty()) {
                    beforeCommit.accept(created);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    afterCommit.accept(created);
                }
            }
        });
        return created;
    }
}
