package org.rcm.platform.x12;

import java.util.List;

/**
 * Validation outcome of one functional group (GS..GE), the material of one 999.
 *
 * @param functionalId  GS01
 * @param senderCode    GS02
 * @param receiverCode  GS03
 * @param controlNumber GS06
 * @param version       GS08
 * @param declaredSets  GE01 when readable, otherwise -1
 * @param sets          one outcome per transaction set
 * @param findings      AK9 level findings
 */
public record GroupOutcome(String functionalId, String senderCode, String receiverCode, String controlNumber,
                           String version, int declaredSets, List<SetOutcome> sets, List<Finding> findings) {

    public long acceptedSets() {
        return sets.stream().filter(SetOutcome::accepted).count();
    }

    /** AK901: A, E, P or R. */
    public String ak9Status() {
        boolean groupError = findings.stream().anyMatch(Finding::isError);
        long accepted = acceptedSets();
        if (groupError || accepted == 0 && !sets.isEmpty()) {
            return "R";
        }
        if (accepted < sets.size()) {
            return "P";
        }
        boolean noted = !findings.isEmpty() || sets.stream().anyMatch(s -> s.ik5Status().equals("E"));
        return noted ? "E" : "A";
    }

    /** AK905..AK909 codes. */
    public List<String> ak9Codes() {
        return findings.stream().filter(f -> f.level() == Level.AK9).map(Finding::code).distinct().limit(5).toList();
    }
}
