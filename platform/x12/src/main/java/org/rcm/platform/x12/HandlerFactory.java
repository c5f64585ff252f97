package org.rcm.platform.x12;

/** Chooses a handler for a transaction set; returning null skips the set (its envelope is still checked). */
@FunctionalInterface
public interface HandlerFactory {
    TransactionHandler create(String transactionSetId, String implementationReference);
}
