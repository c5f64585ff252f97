package org.rcm.coding.domain.rules;

import java.util.List;

/** The rule engine's answer: place of service, lines (each with rule id and evidence) and audit flags. */
public record CodingResult(String placeOfService, List<Line> lines, List<String> flags) {

    /** One suggested line; {@code ruleId} names the rule in docs/coding.md. */
    public record Line(String code, List<String> modifiers, int units, Integer minutes, String ruleId,
                       Evidence evidence) {
    }

    public List<String> codes() {
        return lines.stream().map(Line::code).toList();
    }
}
