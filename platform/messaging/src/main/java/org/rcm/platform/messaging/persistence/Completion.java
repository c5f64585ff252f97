package org.rcm.platform.messaging.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

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
}
