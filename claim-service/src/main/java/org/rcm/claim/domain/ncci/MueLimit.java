package org.rcm.claim.domain.ncci;

/**
 * One practitioner MUE: the most units of a code billable per line (adjudication indicator 1) or per date of
 * service (2 policy, 3 clinical).
 */
public record MueLimit(String code, int units, int adjudicationIndicator, String rationale) {

    public boolean perDateOfService() {
        return adjudicationIndicator == 2 || adjudicationIndicator == 3;
    }
}
