package org.rcm.coding.domain.note;

import java.util.List;
import java.util.Optional;

/** All findings of one narrative, in order of position. */
public record NoteFindings(List<Finding> findings) {

    public List<Finding> of(String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    public Optional<Finding> first(String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }

    public boolean has(String kind) {
        return first(kind).isPresent();
    }
}
