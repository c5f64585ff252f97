package org.rcm.platform.events.gateway;

/** The payer (277CA) accepted the claim into adjudication. Key: claimId. */
public record ClaimAccepted(String claimId, String patientControlNumber, String payerClaimControlNumber,
                            String statusCategory, String statusCode) {
}
