package org.rcm.platform.events.eligibility;

import java.time.LocalDate;

/**
 * Coverage could not be confirmed. Key: patientId.
 *
 * @param aaaCode   the 271 AAA reject reason (42 unable to respond, 72 invalid member id, 75 subscriber not found…)
 * @param field     the registration field to fix (memberId, lastName, dateOfBirth…), or null
 * @param retryable true while automatic retries continue (e.g. AAA 42)
 */
public record EligibilityProblem(String checkId, String patientId, String payerId, LocalDate dateOfService,
                                 String aaaCode, String field, String message, boolean retryable) {
}
