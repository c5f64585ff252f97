package org.rcm.coding.domain.rules;

/**
 * 90837 frequency outlier: a provider whose share of 90837 among individual psychotherapy codes (90832/90834/90837)
 * over a look-back window exceeds a threshold draws payer audits (payer policy / MAC targeted probe-and-educate).
 */
public record FrequencyCheck(double maxShare, int minSessions) {

    public static final String FLAG = "FREQUENCY_OUTLIER_90837";

    /** True if, counting this session too, the provider's 90837 share is above {@code maxShare}. */
    public boolean outlier(long count90837, long countPsychotherapy) {
        return countPsychotherapy >= minSessions && count90837 > maxShare * countPsychotherapy;
    }
}
