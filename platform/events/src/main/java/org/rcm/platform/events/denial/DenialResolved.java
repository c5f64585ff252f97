package org.rcm.platform.events.denial;

import java.math.BigDecimal;

/**
 * A denial work item was closed. Key: claimId.
 *
 * @param action CORRECTED, APPEALED, APPEAL_WON, APPEAL_LOST, WRITTEN_OFF or TRANSFERRED_TO_PATIENT
 */
public record DenialResolved(String claimId, String workItemId, String category, String action, BigDecimal amount,
                             String reason, String resolvedBy) {
}
