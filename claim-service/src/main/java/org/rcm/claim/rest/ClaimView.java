package org.rcm.claim.rest;

import org.rcm.claim.domain.Claim;
import org.rcm.claim.domain.ClaimTransition;
import org.rcm.claim.domain.scrub.Edit;
import org.rcm.platform.events.claim.ClaimSubmitted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim with its lines, scrubber edits and (in detail views) its history and related claims (replacement, void,
 * secondary). Subscriber and patient demographics are not exposed here.
 */
public record ClaimView(String id, String patientControlNumber, String status, String sessionId, String patientId,
                        String payerId, LocalDate dateOfService, String placeOfService, String frequencyCode,
                        String payerClaimControlNumber, String replacesControlNumber, String relation,
                        String relatedClaimId, String priorAuthorization, ClaimSubmitted.Payer payer,
                        ClaimSubmitted.Provider billingProvider, ClaimSubmitted.Provider renderingProvider,
                        List<String> diagnoses, List<ClaimSubmitted.ClaimLine> lines, BigDecimal totalCharge,
                        List<Edit> edits, List<ClaimSubmitted.OtherPayer> otherPayers, BigDecimal paidAmount,
                        BigDecimal patientResponsibility, Instant createdAt, Instant updatedAt,
                        List<Step> history, List<Related> relatedClaims) {

    public record Step(String from, String to, String actor, String reason, Instant at) {
    }

    public record Related(String id, String patientControlNumber, String relation, String status) {
    }

    static ClaimView of(Claim c, List<ClaimTransition> history, List<Claim> related) {
        List<Step> steps = history == null ? null : history.stream()
                .map(t -> new Step(t.fromStatus == null ? null : t.fromStatus.name(), t.toStatus.name(), t.actor,
                        t.reason, t.at))
                .toList();
        List<Related> rel = related == null ? null : related.stream()
                .map(r -> new Related(r.id, r.patientControlNumber, r.relation, r.status.name())).toList();
        return new ClaimView(c.id, c.patientControlNumber, c.status.name(), c.sessionId, c.patientId, c.payerId,
                c.dateOfService, c.placeOfService, c.frequencyCode, c.payerClaimControlNumber, c.replacesControlNumber,
                c.relation, c.relatedClaimId, c.priorAuthorization, c.payer, c.billingProvider, c.renderingProvider,
                c.diagnoses, c.lines, c.totalCharge, c.edits == null ? List.of() : c.edits,
                c.otherPayers == null ? List.of() : c.otherPayers, c.paidAmount, c.patientResponsibility,
                c.createdAt, c.updatedAt, steps, rel);
    }
}
