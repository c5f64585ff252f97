package org.rcm.platform.events.coding;

import java.time.LocalDate;
import java.util.List;

/**
 * Codes were assigned to a documented session (automatically, or after a coder's override: then
 * {@code revision} is higher and {@code reviewedBy} names the coder). Key: sessionId.
 */
public record CodesAssigned(
        String sessionId,
        int revision,
        String practiceId,
        String renderingProviderId,
        String patientId,
        String payerId,
        LocalDate dateOfService,
        String placeOfService,
        List<String> diagnoses,
        List<CodedLine> lines,
        List<String> flags,
        String reviewedBy) {

    /**
     * One billable line. {@code diagnosisPointers} are 1-based indexes into {@code diagnoses}.
     */
    public record CodedLine(
            String code,
            List<String> modifiers,
            int units,
            Integer minutes,
            List<Integer> diagnosisPointers,
            String ruleId,
            String evidence) {
    }
}
