package org.rcm.platform.x12;

/**
 * One validation outcome. Messages never contain element values from patient segments.
 *
 * @param level           acknowledgement vocabulary the code belongs to
 * @param code            TA1 note code ("001"), AK9/IK5/IK3/IK4 code ("4", "8") or a business code
 * @param severity        error or warning
 * @param segmentOrdinal  1-based ordinal of the segment in the whole input, 0 when not tied to a segment
 * @param setPosition     1-based position of the segment inside its transaction set (ST = 1), 0 outside a set
 * @param segmentId       segment identifier, or null
 * @param element         1-based element position, 0 when not tied to an element
 * @param component       1-based component position, 0 when not tied to a component
 * @param controlNumber   control number of the unit the finding belongs to (ISA13, GS06 or ST02)
 * @param message         plain English explanation without PHI
 */
public record Finding(Level level, String code, Severity severity, long segmentOrdinal, int setPosition,
                      String segmentId, int element, int component, String controlNumber, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Short form such as {@code TA1 001} or {@code IK4 8 at BPR16}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(level).append(' ').append(code);
        if (segmentId != null) {
            b.append(" at ").append(segmentId);
            if (element > 0) {
                b.append(element < 10 ? "0" : "").append(element);
                if (component > 0) {
                    b.append('-').append(component);
                }
            }
        }
        if (segmentOrdinal > 0) {
            b.append(" (segment ").append(segmentOrdinal).append(')');
        }
        return b.append(": ").append(message).toString();
    }
}
