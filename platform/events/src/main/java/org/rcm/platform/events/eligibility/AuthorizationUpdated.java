package org.rcm.platform.events.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * A prior authorization as it now stands (created, used, corrected, expired). Key: patientId.
 *
 * @param status ACTIVE, EXHAUSTED, EXPIRED or CANCELLED
 */
public record AuthorizationUpdated(String authorizationId, String patientId, String payerId,
                                   String authorizationNumber, List<String> codes, int sessionsAuthorized,
                                   int sessionsUsed, LocalDate startDate, LocalDate endDate, String status) {
}
