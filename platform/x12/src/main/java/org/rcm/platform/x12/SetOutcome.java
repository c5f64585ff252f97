package org.rcm.platform.x12;

import java.util.List;

/**
 * Validation outcome of one transaction set (ST..SE), the material of one 999 AK2/IK5 loop.
 *
 * @param transactionSetId        ST01
 * @param controlNumber           ST02
 * @param implementationReference ST03 (or GS08 when ST03 is absent)
 * @param segmentCount            segments counted from ST to SE inclusive
 * @param trailerSeen             false when SE was missing
 * @param findings                IK5, IK3, IK4 and business findings of this set
 */
public record SetOutcome(String transactionSetId, String controlNumber, String implementationReference,
                         int segmentCount, boolean trailerSeen, List<Finding> findings) {

    /** True when no IK5/IK3/IK4 error was found (business findings do not reject a set in a 999). */
    public boolean accepted() {
        return findings.stream().noneMatch(f -> f.isError() && f.level() != Level.BUSINESS);
    }

    /** IK501: A (accepted), E (accepted with errors noted) or R (rejected). */
    public String ik5Status() {
        if (!accepted()) {
            return "R";
        }
        boolean warn = findings.stream().anyMatch(f -> f.level() != Level.BUSINESS);
        return warn ? "E" : "A";
    }

    /** IK502..IK506 codes: the set-level codes, plus 5 when segments are in error. */
    public List<String> ik5Codes() {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.level() == Level.IK5) {
                codes.add(f.code());
            }
        }
        if (findings.stream().anyMatch(f -> f.level() == Level.IK3 || f.level() == Level.IK4)) {
            codes.add("5");
        }
        return codes.stream().limit(5).toList();
    }
}
