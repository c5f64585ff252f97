package org.rcm.coding.rest;

import java.util.List;

/** The documented sessions of a batch with their codes, in the order they were sent. */
public record SessionBatchView(int count, List<SessionView> sessions) {
}
