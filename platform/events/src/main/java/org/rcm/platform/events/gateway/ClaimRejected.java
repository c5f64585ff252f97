package org.rcm.platform.events.gateway;

import java.util.List;

/**
 * The claim was rejected before adjudication (999 or 277CA): fix it and resend as an original (frequency 1).
 * Key: claimId.
 *
 * @param source     999, 277CA or TA1 (a rejected interchange)
 * @param statusCode STC01-2 (277CA) or the 999 IK5 code
 * @param entity     STC01-3 entity in error (e.g. 85 billing provider, IL subscriber), or null
 */
public record ClaimRejected(String claimId, String patientControlNumber, String source, String statusCategory,
                            String statusCode, String entity, List<AckError> errors) {
}
