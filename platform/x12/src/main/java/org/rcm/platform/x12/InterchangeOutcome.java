package org.rcm.platform.x12;

import java.util.List;

/**
 * Validation outcome of one interchange (ISA..IEA), the material of a TA1.
 *
 * @param controlNumber     ISA13
 * @param senderQualifier   ISA05
 * @param senderId          ISA06 (trimmed)
 * @param receiverQualifier ISA07
 * @param receiverId        ISA08 (trimmed)
 * @param date              ISA09 (YYMMDD)
 * @param time              ISA10 (HHMM)
 * @param version           ISA12
 * @param ackRequested      ISA14 = 1
 * @param usage             ISA15 (P, T)
 * @param delimiters        separators learned from the ISA
 * @param groups            functional groups
 * @param findings          TA1 level findings
 */
public record InterchangeOutcome(String controlNumber, String senderQualifier, String senderId,
                                 String receiverQualifier, String receiverId, String date, String time,
                                 String version, boolean ackRequested, String usage, Delimiters delimiters,
                                 List<GroupOutcome> groups, List<Finding> findings) {

    /** TA104: A, E (accepted with errors noted) or R. */
    public String ta1Status() {
        if (findings.stream().anyMatch(Finding::isError)) {
            return "R";
        }
        return findings.isEmpty() ? "A" : "E";
    }

    /** TA105: the first TA1 note code, or 000 when there is none. */
    public String ta1NoteCode() {
        return findings.stream().filter(f -> f.level() == Level.TA1).map(Finding::code).findFirst().orElse("000");
    }
}
