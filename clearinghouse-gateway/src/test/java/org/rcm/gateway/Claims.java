package org.rcm.gateway;

import org.rcm.platform.events.claim.ClaimSubmitted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Complete ClaimSubmitted payloads for the sandbox's payers. */
final class Claims {
    static final LocalDate DOS = LocalDate.of(2026, 11, 2);

    private Claims() {
    }

    static ClaimSubmitted claim(String claimId, String pcn, String payerId, String memberId, String code,
                                String charge, String priorAuth) {
        BigDecimal amount = new BigDecimal(charge);
        var address = new ClaimSubmitted.Address("1 MAIN ST", null, "SPRINGFIELD", "IL", "62701");
        var billing = new ClaimSubmitted.Provider("1234567893", "101YM0800X", "123456789", "CALM MINDS CLINIC",
                null, null, address);
        var rendering = new ClaimSubmitted.Provider("1987654321", "103T00000X", null, null, "RIVERS", "DANA",
                null);
        var payer = new ClaimSubmitted.Payer(payerId, payerId, "SANDBOX PAYER", "CI", "P");
        var subscriber = new ClaimSubmitted.Person(memberId, "GRP1", "DOE", "JANE", LocalDate.of(1990, 4, 1), "F",
                address);
        return new ClaimSubmitted(claimId, pcn, "ses-" + claimId, "practice-1", "prov-1", "pat-" + claimId, payerId,
                DOS, "11", "1", null, priorAuth, billing, rendering, payer, subscriber, null, "18",
                List.of("F41.1"), List.of(new ClaimSubmitted.ClaimLine(1, pcn + "-1", code, List.of(), 1, amount,
                List.of(1), DOS)), amount, List.of());
    }
}
