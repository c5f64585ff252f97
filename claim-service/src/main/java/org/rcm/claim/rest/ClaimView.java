package org.rcm.claim.rest;

import org.rcm.claim.domain.Claim;
import org.rcm.claim.domain.ClaimTransition;
import org.rcm.platform.events.claim.ClaimSubmitted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A claim with its lines and (in detail views) its history. */
public record ClaimView(String id, String patientControlNumber, String status, String sessionId, String patientId,
                        String payerId, LocalDate dateOfService, String placeOfService, String frequencyCode,
                        List<String> diagnoses, List<ClaimSubmitted.ClaimLine> lines, BigDecimal totalCharge,
                        List<Step> history) {

    public record Step(String from, String to, String actor, String reason, Instant at) {
    }

    static ClaimView of(Claim c, List<ClaimTransition> history) {
        List<Step> steps = history == null ? null : history.stream()
                .map(t -> new Step(t.fromStatus == null ? null : t.fromStatus.name(), t.toStatus.name(), t.actor,
                        t.reason, t.at))
                .toList();
        return new ClaimView(c.id, c.patientControlNumber, c.status.name(), c.sessionId, c.patientId, c.payerId,
                c.dateOfService, c.placeOfService, c.frequencyCode, c.diagnoses, c.lines, c.totalCharge, steps);
    }
}
