package org.rcm.claim.domain.scrub;

import java.time.LocalDate;
import java.util.Set;

/** The patient's prior authorization with this payer, as eligibility-service last reported it. */
public record AuthorizationInfo(String number, Set<String> codes, int sessionsAuthorized, int sessionsUsed,
                                LocalDate startDate, LocalDate endDate, String status) {

    public int sessionsRemaining() {
        return sessionsAuthorized - sessionsUsed;
    }

    public boolean covers(String code) {
        return codes == null || codes.isEmpty() || codes.contains(code);
    }
}
