package org.rcm.remittance.domain;

import java.util.Comparator;
import java.util.List;

/** Ranks claims that an unmatched 835 claim payment may belong to. */
public final class Candidates {
    public record Candidate(String claimId, String patientControlNumber, int score, List<String> reasons) {
    }

    private Candidates() {
    }

    public static List<Candidate> rank(RemitClaim r, List<ClaimInfo> pool) {
        return pool.stream().map(c -> score(r, c)).filter(c -> c.score() >= 3)
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::claimId))
                .limit(5).toList();
    }

    static Candidate score(RemitClaim r, ClaimInfo c) {
        int score = 0;
        List<String> reasons = new java.util.ArrayList<>();
        if (r.chargeAmount() != null && c.totalCharge() != null && r.chargeAmount().compareTo(c.totalCharge()) == 0) {
            score += 3;
            reasons.add("same total charge");
        }
        if (r.patientControlNumber() != null && c.patientControlNumber() != null
                && distance(r.patientControlNumber(), c.patientControlNumber()) <= 2) {
            score += 3;
            reasons.add("similar patient control number");
        }
        if (c.payerId() != null && c.payerId().equals(r.payerId())) {
            score += 1;
            reasons.add("same payer");
        }
        boolean sameDate = r.lines().stream().anyMatch(l -> l.dateOfService() != null
                && l.dateOfService().equals(c.dateOfService()));
        if (sameDate) {
            score += 2;
            reasons.add("same date of service");
        }
        boolean sameCodes = !r.lines().isEmpty() && r.lines().stream().allMatch(l -> c.lines().stream()
                .anyMatch(cl -> cl.code().equals(l.code()) || cl.code().equals(l.originalCode())));
        if (sameCodes) {
            score += 1;
            reasons.add("same procedure codes");
        }
        return new Candidate(c.claimId(), c.patientControlNumber(), score, List.copyOf(reasons));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
