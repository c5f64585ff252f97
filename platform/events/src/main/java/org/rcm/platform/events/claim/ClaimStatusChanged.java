package org.rcm.platform.events.claim;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A claim moved in its lifecycle (feeds A/R aging and clean-claim KPIs). Key: claimId.
 */
public record ClaimStatusChanged(String claimId, String patientControlNumber, String payerId, String fromStatus,
                                 String toStatus, String reason, BigDecimal totalCharge, Instant at) {
}
