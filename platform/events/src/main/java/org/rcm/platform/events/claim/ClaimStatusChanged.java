package org.rcm.platform.events.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A claim moved in its lifecycle (feeds A/R aging and clean-claim KPIs). Key: claimId. One event per claim and
 * transaction: when one transaction moves a claim several times (built, scrubbed, ready, submitted), {@code via}
 * lists the statuses it passed through between {@code fromStatus} (null for a new claim) and {@code toStatus}, in
 * order; every single move is kept in the claim's history ({@code GET /claims/{id}}).
 */
public record ClaimStatusChanged(String claimId, String patientControlNumber, String payerId, String fromStatus,
                                 String toStatus, String reason, BigDecimal totalCharge, Instant at,
                                 List<String> via) {
    public ClaimStatusChanged {
        via = via == null ? List.of() : List.copyOf(via);
    }
}
