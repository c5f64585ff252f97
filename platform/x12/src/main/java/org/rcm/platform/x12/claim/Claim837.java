package org.rcm.platform.x12.claim;

/** One professional claim with everything the 837P carries around it. {@code patient} is null when the patient is the subscriber. */
public record Claim837(BillingProvider billingProvider, Subscriber subscriber, Patient patient, Payer payer,
                       Claim claim) {
}
