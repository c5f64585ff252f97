package org.rcm.coding.domain.rules;

import java.time.LocalDate;

/**
 * What the rules need to know about one session, each fact with the evidence it came from (structured field or
 * note span). Built by {@code FactsBuilder} from the submitted session and the note analysis.
 *
 * @param serviceType PSYCHOTHERAPY, EVALUATION, CRISIS, FAMILY, GROUP, EM_WITH_PSYCHOTHERAPY, IOP,
 *                    BH_COUNSELING (H0004) or THERAPEUTIC_BEHAVIORAL (H2019)
 * @param modality    IN_PERSON, VIDEO or AUDIO_ONLY
 * @param location    HOME, NOT_HOME or OFFICE
 * @param minutes     psychotherapy (or service) minutes, null when not documented
 * @param emCode      the E/M code documented with psychotherapy (99202-99215 ...), null if none
 * @param medicalServices evidence of medical services (90792 vs 90791), null if none
 */
public record SessionFacts(
        LocalDate dateOfService,
        String serviceType,
        String modality,
        String location,
        Integer minutes,
        Evidence minutesEvidence,
        boolean patientPresent,
        boolean familyPresent,
        int groupSize,
        String emCode,
        Evidence emEvidence,
        Evidence medicalServices,
        Evidence interactiveComplexity,
        Evidence crisis) {

    /** A copy with other minutes (handy for table-driven tests). */
    public SessionFacts withMinutes(Integer m) {
        return new SessionFacts(dateOfService, serviceType, modality, location, m,
                m == null ? null : Evidence.field(m + " minutes"), patientPresent, familyPresent, groupSize, emCode,
                emEvidence, medicalServices, interactiveComplexity, crisis);
    }
}
