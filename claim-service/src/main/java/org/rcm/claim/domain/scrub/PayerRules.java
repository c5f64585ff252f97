package org.rcm.claim.domain.scrub;

import java.util.Set;

/**
 * What the scrubber needs to know about the payer a claim goes to.
 *
 * @param telehealthProfile one of {@link TelehealthProfile}'s names
 * @param priorAuthCodes    procedure codes that need a prior authorization number (REF*G1)
 */
public record PayerRules(String payerId, int timelyFilingDays, TelehealthProfile telehealthProfile,
                         Set<String> priorAuthCodes) {

    public PayerRules {
        priorAuthCodes = priorAuthCodes == null ? Set.of() : Set.copyOf(priorAuthCodes);
        telehealthProfile = telehealthProfile == null ? TelehealthProfile.COMMERCIAL_95 : telehealthProfile;
    }
}
