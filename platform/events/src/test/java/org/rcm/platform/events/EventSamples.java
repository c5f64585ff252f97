package org.rcm.platform.events;

import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.events.remittance.RemittanceEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** What each producer writes, built the way producers build it (records, not JSON). */
final class EventSamples {
    static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    static final BigDecimal CHARGE = new BigDecimal("180.00");

    static final Map<String, Object> BY_TYPE = Map.of(
            CodingEvents.SESSION_DOCUMENTED.name(), new SessionDocumented("s1", "p1", "r1", "pt1", "payer", DOS,
                    LocalTime.of(13, 5), LocalTime.of(14, 0), 55, "VIDEO", "HOME", "PSYCHOTHERAPY",
                    new SessionDocumented.Participants(true, false, 0, false), List.of("F41.1"), "note"),
            CodingEvents.CODES_ASSIGNED.name(), new CodesAssigned("s1", 1, "p1", "r1", "pt1", "payer", DOS, "10",
                    List.of("F41.1"), List.of(new CodesAssigned.CodedLine("90837", List.of("95"), 1, 55, List.of(1),
                    "PSY-TIME-53", "55 minutes")), List.of(), "coder-1"),
            ClaimEvents.CLAIM_SUBMITTED.name(), claimSubmitted(),
            GatewayEvents.REMITTANCE_RECEIVED.name(), new RemittanceReceived("era", "payer", "TRN", DOS,
                    BigDecimal.ZERO, "C1", "4", CHARGE, BigDecimal.ZERO, BigDecimal.ZERO, "PCN",
                    List.of(new Adjustment("CO", "197", CHARGE, BigDecimal.ONE)), List.of("N54"),
                    List.of(new RemittanceReceived.ServiceLine("90837", List.of("95"), CHARGE, BigDecimal.ZERO, 1,
                            "C1-1", DOS, List.of(new Adjustment("CO", "197", CHARGE, null)), List.of()))),
            RemittanceEvents.PAYMENT_POSTED.name(), new PaymentPosted("c1", "pay1", "era", "payer", "DENIED", CHARGE,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
            RemittanceEvents.CLAIM_DENIED.name(), new ClaimDenied("c1", "pay1", "payer", "PCN", "4", true, CHARGE,
                    BigDecimal.ZERO, CHARGE, List.of(new Adjustment("CO", "197", CHARGE, null)), List.of("N54"),
                    List.of(new ClaimDenied.DeniedLine("90837", List.of("95"), CHARGE, CHARGE,
                            List.of(new Adjustment("CO", "197", CHARGE, null))))));

    static ClaimSubmitted claimSubmitted() {
        var address = new ClaimSubmitted.Address("1 Main", null, "Town", "IL", "62701");
        var billing = new ClaimSubmitted.Provider("1234567893", "103T00000X", "123456789", "Practice", null, null,
                address);
        var rendering = new ClaimSubmitted.Provider("1497758544", "1041C0700X", null, null, "Rivera", "Ana", null);
        var payer = new ClaimSubmitted.Payer("payer", "60054", "Payer", "CI", "S");
        var person = new ClaimSubmitted.Person("M1", "G1", "Doe", "Jane", DOS.minusYears(40), "F", address);
        var adj = new ClaimSubmitted.OtherAdjustment("CO", "45", BigDecimal.TEN);
        var other = new ClaimSubmitted.OtherPayer(payer, person, "18", BigDecimal.TEN, DOS, "PRI1", List.of(adj),
                List.of(new ClaimSubmitted.LineAdjudication(1, "90837", BigDecimal.TEN, 1, List.of(adj))));
        return new ClaimSubmitted("c1", "C1", "s1", "p1", "r1", "pt1", "payer", DOS, "10", "7", "PCN", "AUTH",
                billing, rendering, payer, person, null, "18", List.of("F41.1"),
                List.of(new ClaimSubmitted.ClaimLine(1, "C1-1", "90837", List.of("95"), 1, CHARGE, List.of(1), DOS)),
                CHARGE, List.of(other));
    }

    private EventSamples() {
    }
}
