package org.rcm.platform.x12;

import java.util.List;

/**
 * Everything found while reading or validating one input.
 *
 * @param interchanges one outcome per ISA
 * @param findings     every finding in input order (including those outside any interchange)
 * @param truncated    true when more findings were found than {@link ReadOptions#maxFindings()} kept
 */
public record ValidationResult(List<InterchangeOutcome> interchanges, List<Finding> findings, boolean truncated) {

    /** No error at any level (warnings allowed). */
    public boolean isClean() {
        return errors().isEmpty();
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /** Errors other than business-rule findings. */
    public List<Finding> syntaxErrors() {
        return findings.stream().filter(f -> f.isError() && f.level() != Level.BUSINESS).toList();
    }

    public boolean has(Level level, String code) {
        return findings.stream().anyMatch(f -> f.level() == level && f.code().equals(code));
    }

    /** Codes as "LEVEL code" strings, e.g. "TA1 001", "IK4 8", for assertions and logs. */
    public List<String> codes() {
        return findings.stream().map(f -> f.level() + " " + f.code()).toList();
    }

    public List<GroupOutcome> groups() {
        return interchanges.stream().flatMap(i -> i.groups().stream()).toList();
    }

    public List<SetOutcome> sets() {
        return groups().stream().flatMap(g -> g.sets().stream()).toList();
    }
}
