package org.rcm.platform.events.eligibility;

import java.util.List;

/** The patient's coverages, in order, as they now stand (the full list, not a delta). Key: patientId. */
public record CoverageChanged(String patientId, List<Coverage> coverages) {
}
