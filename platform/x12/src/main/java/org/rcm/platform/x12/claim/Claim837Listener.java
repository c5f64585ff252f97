package org.rcm.platform.x12.claim;

/** Receives 837P records in input order. */
public interface Claim837Listener {

    /** Once per transaction set, after BHT/1000A/1000B. */
    default void onHeader(ClaimBatchHeader header) {
    }

    /** Once per CLM loop with its provider, subscriber, patient and payer context. */
    void onClaim(Claim837 claim);
}
