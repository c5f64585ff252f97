package org.rcm.platform.events.gateway;

import java.time.Instant;

/** An 837P batch has had no 999 within its trading partner's SLA. Never resubmitted automatically. Key: batchId. */
public record BatchAckOverdue(String batchId, String tradingPartnerId, String interchangeControlNumber,
                              Instant submittedAt, int slaMinutes, int claimCount) {
}
