package org.rcm.platform.x12.remit;

/** Receives 835 records in input order. Every method has an empty default. */
public interface Remittance835Listener {

    /** Once per 835, before its claims. */
    default void onPayment(PaymentHeader header) {
    }

    /** Once per CLP loop, when the claim and all its service lines have been read. */
    default void onClaim(ClaimPayment claim) {
    }

    /** Once per PLB segment. */
    default void onProviderAdjustment(ProviderAdjustment adjustment) {
    }

    /** At the end of each 835 transaction set. */
    default void onEnd(RemittanceSummary summary) {
    }
}
