package org.rcm.platform.events.denial;

import java.util.List;

/**
 * A biller asks claim-service to correct a denied claim: REPLACE (frequency 7) or VOID (frequency 8), both with
 * REF*F8 = the payer's claim control number. Key: claimId.
 */
public record ClaimCorrectionRequested(String claimId, String workItemId, String correctionType,
                                       String payerClaimControlNumber, String reason, String requestedBy,
                                       List<LineChange> lineChanges, String priorAuthorization) {

    /** Replacement values for one line (null = unchanged). */
    public record LineChange(int lineNumber, String code, List<String> modifiers, Integer units) {
    }
}
