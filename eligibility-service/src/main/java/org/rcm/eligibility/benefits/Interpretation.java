package org.rcm.eligibility.benefits;

import java.util.List;

/**
 * What one 271 says for one asked service type.
 *
 * @param outcome    what the check does next
 * @param summary    the benefits summary (null when the payer rejected the inquiry)
 * @param rejections classified AAA rejections, most severe first
 */
public record Interpretation(Outcome outcome, BenefitsSummary summary, List<Rejection> rejections) {

    public enum Outcome {
        /** Benefits for the asked service type (or plan-level status when 30 was asked): done. */
        ANSWERED,
        /** Coverage is inactive: done, never eligible. */
        INACTIVE,
        /** The payer said nothing about this service type: ask the next one. */
        NEXT_SERVICE_TYPE,
        /** AAA 42 and similar: ask again later. */
        RETRY_LATER,
        /** A data or provider problem a person must fix. */
        NEEDS_ATTENTION,
        /** The 271 carries no coverage status at all (no EB01 1-8, no AAA): a person must look. */
        NO_STATUS
    }

    public Rejection firstRejection() {
        return rejections.isEmpty() ? null : rejections.get(0);
    }
}
