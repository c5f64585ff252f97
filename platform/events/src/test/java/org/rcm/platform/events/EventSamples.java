package org.rcm.platform.events;

import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.claim.ClaimStatusChanged;
import org.rcm.platform.events.claim.PayerProfileChanged;
import org.rcm.platform.events.denial.ClaimCorrectionRequested;
import org.rcm.platform.events.denial.DenialEvents;
import org.rcm.platform.events.denial.DenialResolved;
import org.rcm.platform.events.eligibility.AuthorizationUpdated;
import org.rcm.platform.events.eligibility.Coverage;
import org.rcm.platform.events.eligibility.CoverageChanged;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.eligibility.EligibilityProblem;
import org.rcm.platform.events.eligibility.EligibilityVerified;
import org.rcm.platform.events.eligibility.PatientRegistered;
import org.rcm.platform.events.gateway.AckError;
import org.rcm.platform.events.gateway.BatchAckOverdue;
import org.rcm.platform.events.gateway.ClaimAccepted;
import org.rcm.platform.events.gateway.ClaimAcknowledged;
import org.rcm.platform.events.gateway.ClaimRejected;
import org.rcm.platform.events.gateway.RemittanceAdviceReceived;
import org.rcm.platform.events.remittance.SecondaryClaimRequested;
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

    static final Map<String, Object> BY_TYPE = build();

    private static Map<String, Object> build() {
        Map<String, Object> m = new java.util.HashMap<>();
        var person = new ClaimSubmitted.Person("M1", "G1", "Doe", "Jane", DOS.minusYears(40), "F",
                new ClaimSubmitted.Address("1 Main", null, "Town", "IL", "62701"));
        var coverage = new Coverage("cov1", "payer", 1, "M1", "G1", "19", person, DOS.minusYears(1), null);
        var adjustment = new Adjustment("CO", "197", CHARGE, BigDecimal.ONE);
        var serviceLine = new RemittanceReceived.ServiceLine("90837", List.of("95"), CHARGE, BigDecimal.ZERO, 1,
                "C1-1", DOS, List.of(adjustment), List.of("N54"));
        var ackError = new AckError("NM1", 12, 9, "7", "invalid code value");
        m.put(CodingEvents.SESSION_DOCUMENTED.name(), new SessionDocumented("s1", "p1", "r1", "pt1", "payer", DOS,
                LocalTime.of(13, 5), LocalTime.of(14, 0), 55, "VIDEO", "HOME", "PSYCHOTHERAPY",
                new SessionDocumented.Participants(true, false, 0, false), List.of("F41.1"), "note"));
        m.put(CodingEvents.CODES_ASSIGNED.name(), new CodesAssigned("s1", 1, "p1", "r1", "pt1", "payer", DOS, "10",
                List.of("F41.1"), List.of(new CodesAssigned.CodedLine("90837", List.of("95"), 1, 55, List.of(1),
                "PSY-TIME-53", "55 minutes")), List.of("NO_GOAL_LANGUAGE"), "coder-1"));
        m.put(EligibilityEvents.PATIENT_REGISTERED.name(), new PatientRegistered("pt1", "p1", person, true,
                List.of(coverage)));
        m.put(EligibilityEvents.COVERAGE_CHANGED.name(), new CoverageChanged("pt1", List.of(coverage)));
        m.put(EligibilityEvents.ELIGIBILITY_VERIFIED.name(), new EligibilityVerified("chk1", "pt1", "payer", DOS,
                true, DOS.minusYears(1), DOS.plusYears(1), "MH", new BigDecimal("20.00"), new BigDecimal("0.20"),
                new BigDecimal("150.00"), new BigDecimal("1200.00"), Boolean.TRUE, "Carve Out BH",
                List.of("PRIOR AUTH REQUIRED AFTER 20 VISITS")));
        m.put(EligibilityEvents.ELIGIBILITY_PROBLEM.name(), new EligibilityProblem("chk1", "pt1", "payer", DOS, "72",
                "memberId", "invalid member id", false));
        m.put(EligibilityEvents.AUTHORIZATION_UPDATED.name(), new AuthorizationUpdated("auth1", "pt1", "payer",
                "AUTH-1", List.of("90837"), 12, 3, DOS.minusDays(10), DOS.plusDays(80), "ACTIVE"));
        m.put(ClaimEvents.CLAIM_SUBMITTED.name(), claimSubmitted());
        m.put(ClaimEvents.CLAIM_STATUS_CHANGED.name(), new ClaimStatusChanged("c1", "C1", "payer", "HELD",
                "SUBMITTED", "sent", CHARGE, java.time.Instant.parse("2026-11-02T15:00:00Z"),
                List.of("SCRUBBED", "READY")));
        m.put(ClaimEvents.PAYER_PROFILE_CHANGED.name(), new PayerProfileChanged("payer", "Payer", "60054", "CI",
                "COMMERCIAL_95", 90, List.of("90837"), DOS));
        m.put(GatewayEvents.CLAIM_ACKNOWLEDGED.name(), new ClaimAcknowledged("c1", "C1", "b1", "000000101", false,
                List.of(ackError)));
        m.put(GatewayEvents.CLAIM_ACCEPTED.name(), new ClaimAccepted("c1", "C1", "PCN", "A2", "20"));
        m.put(GatewayEvents.CLAIM_REJECTED.name(), new ClaimRejected("c1", "C1", "277CA", "A7", "562", "85",
                List.of(ackError)));
        m.put(GatewayEvents.REMITTANCE_ADVICE_RECEIVED.name(), new RemittanceAdviceReceived("era", "payer", "TRN",
                "ACH", new BigDecimal("95.00"), DOS, 2, List.of(
                new RemittanceAdviceReceived.ProviderAdjustment("WO", "RC1", new BigDecimal("5.00")))));
        m.put(GatewayEvents.REMITTANCE_RECEIVED.name(), new RemittanceReceived("era", "payer", "TRN", DOS,
                BigDecimal.ZERO, "C1", "4", CHARGE, BigDecimal.ZERO, BigDecimal.ZERO, "PCN", List.of(adjustment),
                List.of("N54"), List.of(serviceLine)));
        m.put(GatewayEvents.BATCH_ACK_OVERDUE.name(), new BatchAckOverdue("b1", "sandbox", "000000101",
                java.time.Instant.parse("2026-11-02T15:00:00Z"), 240, 25));
        m.put(GatewayEvents.INBOUND_FILE_REJECTED.name(), new org.rcm.platform.events.gateway.InboundFileRejected(
                "f1", "sandbox", "000123.999", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "ACK_999", "IK5 4"));
        m.put(RemittanceEvents.PAYMENT_POSTED.name(), new PaymentPosted("c1", "pay1", "era", "payer", "DENIED",
                CHARGE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, "PCCN"));
        m.put(RemittanceEvents.CLAIM_DENIED.name(), new ClaimDenied("c1", "pay1", "payer", "PCN", "4", true, CHARGE,
                BigDecimal.ZERO, CHARGE, List.of(new Adjustment("CO", "197", CHARGE, null)), List.of("N54"),
                List.of(new ClaimDenied.DeniedLine("90837", List.of("95"), CHARGE, CHARGE,
                        List.of(new Adjustment("CO", "197", CHARGE, null))))));
        m.put(RemittanceEvents.SECONDARY_CLAIM_REQUESTED.name(), new SecondaryClaimRequested("c1", "pay1", "payer",
                "PCN", new BigDecimal("100.00"), DOS, List.of(adjustment), List.of(serviceLine)));
        m.put(DenialEvents.CLAIM_CORRECTION_REQUESTED.name(), new ClaimCorrectionRequested("c1", "w1", "REPLACE",
                "PCN", "add modifier", "biller-1",
                List.of(new ClaimCorrectionRequested.LineChange(1, "90837", List.of("95"), 1)), "AUTH-1"));
        m.put(DenialEvents.DENIAL_RESOLVED.name(), new DenialResolved("c1", "w1", "AUTHORIZATION", "WRITTEN_OFF",
                CHARGE, "no auth obtainable", "biller-1"));
        return Map.copyOf(m);
    }

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
                CHARGE, List.of(other), "2175550100", "EIN", address,
                new ClaimSubmitted.Provider("1245319599", "2084P0800X", null, null, "Nguyen", "Lee", null));
    }

    private EventSamples() {
    }
}
