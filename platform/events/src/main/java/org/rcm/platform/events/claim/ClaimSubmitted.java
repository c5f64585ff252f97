package org.rcm.platform.events.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A scrubbed claim is ready for the clearinghouse. Key: claimId. {@code patientControlNumber} is what the payer
 * echoes in CLP01 of the 835. {@code frequencyCode} 1 = original, 7 = replacement, 8 = void; 7 and 8 carry the
 * payer's claim control number of the claim they replace in {@code payerClaimControlNumber}.
 */
public record ClaimSubmitted(
        String claimId,
        String patientControlNumber,
        String sessionId,
        String practiceId,
        String renderingProviderId,
        String patientId,
        String payerId,
        LocalDate dateOfService,
        String placeOfService,
        String frequencyCode,
        String payerClaimControlNumber,
        List<String> diagnoses,
        List<ClaimLine> lines,
        BigDecimal totalCharge) {

    public record ClaimLine(
            int lineNumber,
            String lineControlNumber,
            String code,
            List<String> modifiers,
            int units,
            BigDecimal charge,
            List<Integer> diagnosisPointers,
            LocalDate dateOfService) {
    }
}
