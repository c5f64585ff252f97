package org.rcm.coding.domain.rules;

import org.rcm.coding.domain.note.Finding;
import org.rcm.platform.events.coding.CodesAssigned;

import java.util.List;

/** A complete coding suggestion: what CodesAssigned carries plus the note findings behind it. */
public record Suggestion(String placeOfService, List<String> diagnoses, List<CodesAssigned.CodedLine> lines,
                         List<String> flags, List<Finding> findings) {

    public List<String> codes() {
        return lines.stream().map(CodesAssigned.CodedLine::code).toList();
    }
}
