package org.rcm.remittance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one 835 claim payment does to the books, given what the books already hold: skip a duplicate ERA,
 * park an unmatched payment with candidates, or post it (undoing the claim's earlier posting first when it is a
 * reversal or takeback, and asking for the secondary claim when the primary did not cross it over).
 */
public final class PostingPlanner {
    public enum Kind { DUPLICATE, UNMATCHED, POST }

    /** What the planner needs to know about the books. */
    public interface Book {
        boolean alreadyPosted(String dedupeKey);

        Optional<ClaimInfo> claimByPcn(String patientControlNumber);

        /** The claim's latest posting from this payer that is not itself a reversal and not yet reversed. */
        Optional<String> latestActivePosting(String claimId, String payerId);

        /** Claims that could be the one an unmatched payment belongs to (a pre-filtered pool). */
        List<ClaimInfo> candidatePool(RemitClaim r);

        /** True when the patient has a coverage ordered after the claim's payer, with another payer, on the date. */
        boolean hasSecondaryCoverage(String patientId, String primaryPayerId, LocalDate on);
    }

    public record Plan(Kind kind, RemitClaim remit, ClaimInfo claim, Posting posting, LineMatcher.Result lines,
                       String reversesPaymentId, boolean secondaryRequested, List<Candidates.Candidate> candidates) {
    }

    private PostingPlanner() {
    }

    public static Plan plan(RemitClaim r, Book book) {
        if (book.alreadyPosted(r.dedupeKey())) {
            return new Plan(Kind.DUPLICATE, r, null, null, null, null, false, List.of());
        }
        Optional<ClaimInfo> claim = book.claimByPcn(r.patientControlNumber());
        if (claim.isEmpty()) {
            return new Plan(Kind.UNMATCHED, r, null, PostingRules.post(r), null, null, false,
                    Candidates.rank(r, book.candidatePool(r)));
        }
        return planFor(r, claim.get(), book);
    }

    /** Posts to a known claim (also used when a user matches an unmatched payment by hand). */
    public static Plan planFor(RemitClaim r, ClaimInfo claim, Book book) {
        Posting posting = PostingRules.post(r);
        LineMatcher.Result lines = LineMatcher.match(r.lines(), claim.lines());
        String reverses = r.isReversal() ? book.latestActivePosting(claim.claimId(), r.payerId()).orElse(null) : null;
        boolean secondary = "1".equals(r.claimStatusCode())
                && (claim.responsibility() == null || "P".equals(claim.responsibility()))
                && claim.patientId() != null
                && book.hasSecondaryCoverage(claim.patientId(), claim.payerId(), claim.dateOfService());
        return new Plan(Kind.POST, r, claim, posting, lines, reverses, secondary, List.of());
    }
}
