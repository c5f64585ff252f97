package org.rcm.platform.events.gateway;

import java.util.List;

/**
 * The 999 for the transaction set that carried this claim: syntax accepted or rejected (never adjudicated).
 * Key: claimId.
 */
public record ClaimAcknowledged(String claimId, String patientControlNumber, String batchId,
                                String interchangeControlNumber, boolean accepted, List<AckError> errors) {
}
