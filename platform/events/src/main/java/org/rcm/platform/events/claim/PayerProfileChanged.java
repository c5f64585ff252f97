package org.rcm.platform.events.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's payer setup changed (claim-service billing setup). coding-service picks the payer's telehealth
 * profile from it; eligibility-service the prior-auth rules. Key: payerId.
 */
public record PayerProfileChanged(String payerId, String name, String clearinghousePayerId,
                                  String claimFilingIndicator, String telehealthProfile, int timelyFilingDays,
                                  List<String> priorAuthRequiredCodes, LocalDate effectiveFrom) {
}
