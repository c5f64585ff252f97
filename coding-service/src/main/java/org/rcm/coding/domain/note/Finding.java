package org.rcm.coding.domain.note;

/**
 * One thing the note analysis found, with the character span [start, end) of the narrative it came from.
 *
 * @param kind  MINUTES, TIME_RANGE, MODALITY, PATIENT_ABSENT, FAMILY, GROUP_SIZE, INTERPRETER, CRISIS,
 *              INTERACTIVE_COMPLEXITY, EM_CODE, EM_WORK, DIAGNOSIS, NECESSITY
 * @param value normalised value (minutes, modality, code ...)
 */
public record Finding(String kind, String value, int start, int end, String text) {
}
