package org.rcm.coding.rest;

import java.util.List;

/** The documented sessions of a batch, in the order they were sent (their codes: {@code GET /sessions/{id}/codes}). */
public record SessionBatchView(int count, List<SessionView> sessions) {
}
