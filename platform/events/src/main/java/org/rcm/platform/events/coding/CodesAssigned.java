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
        String reviewedBy,
        String overrideReason) {

    /** The version-1 shape without {@code overrideReason} (kept so existing producers compile unchanged). */
    public CodesAssigned(String sessionId, int revision, String practiceId, String renderingProviderId,
                         String patientId, String payerId, LocalDate dateOfService, String placeOfService,
                         List<String> diagnoses, List<CodedLine> lines, List<String> flags, String reviewedBy) {
        this(sessionId, revision, practiceId, renderingProviderId, patientId, payerId, dateOfService,
                placeOfService, diagnoses, lines, flags, reviewedBy, null);
    }

    /**
     * One billable line. {@code diagnosisPointers} are 1-based indexes into {@code diagnoses}.
     * {@code evidenceStart}/{@code evidenceEnd} (nullable) are the character span of {@code evidence} in the
     * stored (PHI-redacted) note narrative; null when the evidence is a structured field.
     */
    public record CodedLine(
            String code,
            List<String> modifiers,
            int units,
            Integer minutes,
            List<Integer> diagnosisPointers,
            String ruleId,
            String evidence,
            Integer evidenceStart,
            Integer evidenceEnd) {

        /** A line whose evidence is not a span of the note. */
        public CodedLine(String code, List<String> modifiers, int units, Integer minutes,
                         List<Integer> diagnosisPointers, String ruleId, String evidence) {
            this(code, modifiers, units, minutes, diagnosisPointers, ruleId, evidence, null, null);
        }
    }
}
