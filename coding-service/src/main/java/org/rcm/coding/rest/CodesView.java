package org.rcm.coding.rest;

import org.rcm.coding.domain.CodeAssignment;
import org.rcm.coding.domain.CodeOverride;
import org.rcm.coding.domain.Session;
import org.rcm.coding.domain.note.Finding;
import org.rcm.platform.events.coding.CodesAssigned;

import java.time.Instant;
import java.util.List;

/**
 * The codes of a session for coder review: lines with rule id and evidence (text + span of the stored, redacted
 * narrative), the note findings, flags and the audit trail of overrides.
 */
public record CodesView(String sessionId, String status, int revision, String placeOfService,
                        List<String> diagnoses, List<CodesAssigned.CodedLine> lines, List<String> flags,
                        List<Finding> findings, String narrative, String reviewedBy, String overrideReason,
                        List<OverrideEntry> overrides) {

    public record OverrideEntry(int revision, String actor, String reason, Instant at) {
    }

    static CodesView of(Session s, CodeAssignment a, List<CodeOverride> overrides) {
        return new CodesView(s.id, s.status, a.revision, a.placeOfService, a.diagnoses, a.lines, a.flags,
                a.findings, s.narrative, a.reviewedBy, a.overrideReason, overrides.stream()
                .map(o -> new OverrideEntry(o.revision, o.actor, o.reason, o.overriddenAt)).toList());
    }
}
