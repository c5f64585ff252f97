package org.rcm.claim.domain;

/** The claim lifecycle (rejections come from 999/277CA and are never adjudicated; denials come from the 835). */
public enum ClaimStatus {
    DRAFT, SCRUBBED, HELD, READY, SUBMITTED, ACKNOWLEDGED, ACCEPTED, REJECTED,
    PAID, PARTIALLY_PAID, DENIED, CORRECTED, APPEALED, WRITTEN_OFF, CLOSED
}
