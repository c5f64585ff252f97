package org.rcm.platform.events.coding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A therapy session was documented. Key: sessionId. Carries PHI (narrative): consumers must not log payloads.
 *
 * @param modality        IN_PERSON, VIDEO or AUDIO_ONLY
 * @param patientLocation HOME, NOT_HOME or OFFICE (where the patient was during a telehealth session)
 * @param serviceType     a hint: PSYCHOTHERAPY, EVALUATION, CRISIS, FAMILY, GROUP, EM_WITH_PSYCHOTHERAPY, IOP,
 *                        BH_COUNSELING (H0004), THERAPEUTIC_BEHAVIORAL (H2019)
 * @param minutes         documented psychotherapy minutes, when the EHR states them (else derived from times)
 * @param emCode          nullable: the E/M code billed with psychotherapy (e.g. 99213), when the EHR states it
 */
public record SessionDocumented(
        String sessionId,
        String practiceId,
        String renderingProviderId,
        String patientId,
        String payerId,
        LocalDate dateOfService,
        LocalTime startTime,
        LocalTime endTime,
        Integer minutes,
        String modality,
        String patientLocation,
        String serviceType,
        Participants participants,
        List<String> diagnoses,
        String narrative,
        String emCode) {

    /** The version-1 shape without {@code emCode} (kept so existing producers compile unchanged). */
    public SessionDocumented(String sessionId, String practiceId, String renderingProviderId, String patientId,
                             String payerId, LocalDate dateOfService, LocalTime startTime, LocalTime endTime,
                             Integer minutes, String modality, String patientLocation, String serviceType,
                             Participants participants, List<String> diagnoses, String narrative) {
        this(sessionId, practiceId, renderingProviderId, patientId, payerId, dateOfService, startTime, endTime,
                minutes, modality, patientLocation, serviceType, participants, diagnoses, narrative, null);
    }

    public record Participants(boolean patientPresent, boolean familyPresent, int groupSize, boolean interpreter) {
    }
}
