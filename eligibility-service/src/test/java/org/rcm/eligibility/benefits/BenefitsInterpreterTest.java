package org.rcm.eligibility.benefits;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rcm.eligibility.Edi271;
import org.rcm.platform.x12.eligibility.EligibilityResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenefitsInterpreterTest {
    private static final List<String> MH = List.of("MH");
    private static final List<String> PLAN = List.of("30");

    private static byte[] sample(String name) throws IOException {
        String dir = System.getProperty("rcm.shared.dir");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "x12-samples")),
                "shared X12 samples not found (system property rcm.shared.dir): sample test skipped");
        return Files.readAllBytes(Path.of(dir, "x12-samples", name));
    }

    private static Interpretation interpret(byte[] x12, String stc) {
        List<EligibilityResponse> responses = Responses.read(x12);
        assertThat(responses).isNotEmpty();
        return BenefitsInterpreter.interpret(Responses.forTrace(responses, "T1"), stc);
    }

    @Test
    void subscriberSampleIsActiveWithMentalHealthCopaysPerNetwork() throws IOException {
        Interpretation i = interpret(sample("271-linuxforhealth-subscriber.edi"), "MH");
        assertThat(i.outcome()).isEqualTo(Interpretation.Outcome.ANSWERED);
        BenefitsSummary s = i.summary();
        assertThat(s.status()).isEqualTo("ACTIVE");
        assertThat(s.coverageStart()).isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(s.planName()).isEqualTo("GOLD 123 PLAN");
        assertThat(s.serviceTypeAnswered()).isTrue();
        assertThat(s.copay().inNetwork()).isEqualByComparingTo("10");
        assertThat(s.copay().outOfNetwork()).isEqualByComparingTo("30");
        assertThat(s.primaryCareProvider()).isEqualTo("JONES, MARCUS");
        assertThat(s.carveOutVendor()).isNull();
        assertThat(s.priorAuthorizationRequired()).isNull();
    }

    @Test
    void dependentSampleReadsTheDependentsBenefits() throws IOException {
        Interpretation i = interpret(sample("271-linuxforhealth-dependent.edi"), "MH");
        assertThat(i.outcome()).isEqualTo(Interpretation.Outcome.ANSWERED);
        assertThat(i.summary().active()).isTrue();
        assertThat(i.summary().copay().inNetwork()).isEqualByComparingTo("10");
        assertThat(i.summary().coverageStart()).isEqualTo(LocalDate.of(2006, 1, 1));
    }

    @Test
    void providerNotEligibleForInquiriesSampleIsAWorkItemNeverEligible() throws IOException {
        Interpretation i = interpret(sample("271-stupidedi-error-not-eligible-for-inquiries.edi"), "MH");
        assertThat(i.outcome()).isEqualTo(Interpretation.Outcome.NEEDS_ATTENTION);
        assertThat(i.summary()).isNull();
        Rejection r = i.firstRejection();
        assertThat(r.aaaCode()).isEqualTo("50");
        assertThat(r.level()).isEqualTo("RECEIVER");
        assertThat(r.kind()).isEqualTo(Rejection.Kind.PROVIDER_SETUP);
        assertThat(r.retryable()).isFalse();
    }

    static Edi271 activeWithMentalHealth() {
        return Edi271.answering("T1")
                .seg("DTP", "346", "D8", "20260101").seg("DTP", "347", "D8", "20261231")
                .eb("1", "IND", PLAN, "PR", "SILVER PPO", null, null, null, null, null, null, null)
                .eb("1", "IND", MH, "PR", null, null, null, null, null, null, "Y", null)
                .eb("B", "IND", MH, null, null, "27", "25", null, null, null, "Y", "Y")
                .eb("B", "IND", MH, null, null, "27", "60", null, null, null, "Y", "N")
                .eb("A", "IND", MH, null, null, "27", null, "0.2", null, null, "Y", "Y")
                .eb("A", "IND", MH, null, null, "27", null, "0.4", null, null, "Y", "N")
                .eb("C", "IND", PLAN, null, null, "23", "1000", null, null, null, null, "Y")
                .eb("C", "IND", PLAN, null, null, "29", "250", null, null, null, null, "Y")
                .eb("C", "IND", PLAN, null, null, "23", "3000", null, null, null, null, "N")
                .eb("C", "FAM", PLAN, null, null, "23", "2000", null, null, null, null, "Y")
                .eb("G", "IND", PLAN, null, null, "23", "5000", null, null, null, null, "Y")
                .eb("G", "IND", PLAN, null, null, "29", "4100", null, null, null, null, "Y")
                .eb("F", "IND", MH, null, null, "23", null, null, "VS", "30", null, "Y")
                .eb("F", "IND", MH, null, null, "29", null, null, "VS", "18", null, "Y")
                .seg("MSG", "PRIOR AUTHORIZATION REQUIRED AFTER 12 VISITS")
                .eb("U", null, MH, null, null, null, null, null, null, null, null, null)
                .seg("LS", "2120").seg("NM1", "Y2", "2", "MINDCARE BH", null, null, null, null, "PI", "BH77")
                .seg("LE", "2120");
    }

    @Test
    void generatedActiveMentalHealthPlanGivesTheWholeFrontDeskSummary() {
        Interpretation i = interpret(activeWithMentalHealth().bytes(), "MH");
        assertThat(i.outcome()).isEqualTo(Interpretation.Outcome.ANSWERED);
        BenefitsSummary s = i.summary();
        assertThat(s.status()).isEqualTo("ACTIVE");
        assertThat(s.coverageStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.coverageEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(s.planName()).isEqualTo("SILVER PPO");
        assertThat(s.copay()).isEqualTo(new Network<>(new BigDecimal("25"), new BigDecimal("60")));
        assertThat(s.coinsurancePercent().inNetwork()).isEqualByComparingTo("0.2");
        assertThat(s.coinsurancePercent().outOfNetwork()).isEqualByComparingTo("0.4");
        assertThat(s.deductible().inNetwork()).isEqualTo(new Accumulator("IND", new BigDecimal("1000"),
                new BigDecimal("250")));
        assertThat(s.deductible().inNetwork().met()).isFalse();
        assertThat(s.deductible().outOfNetwork().total()).isEqualByComparingTo("3000");
        assertThat(s.deductible().outOfNetwork().remaining()).isNull();
        assertThat(s.outOfPocket().inNetwork().remaining()).isEqualByComparingTo("4100");
        assertThat(s.visitLimits()).extracting(VisitLimit::visits, VisitLimit::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30, null),
                        org.assertj.core.groups.Tuple.tuple(null, 18));
        assertThat(s.priorAuthorizationRequired()).isTrue();
        assertThat(s.carveOutVendor()).isEqualTo("MINDCARE BH");
        assertThat(s.carveOutVendorId()).isEqualTo("BH77");
        assertThat(s.messages()).containsExactly("PRIOR AUTHORIZATION REQUIRED AFTER 12 VISITS");
    }

    @Test
    void inactiveCoverageIsNeverEligible() {
        Interpretation i = interpret(Edi271.answering("T1").seg("DTP", "347", "D8", "20251231")
                .eb("6", "IND", PLAN, null, null, null, null, null, null, null, null, null).bytes(), "MH");
        assertThat(i.outcome()).isEqualTo(Interpretation.Outcome.INACTIVE);
        assertThat(i.summary().status()).isEqualTo("INACTIVE");
        assertThat(i.summary().coverageEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void deductibleMetAndNotMet() {
        Edi271 met = Edi271.answering("T1").eb("1", null, PLAN, null, null, null, null, null, null, null, null, null)
                .eb("1", null, MH, null, null, null, null, null, null, null, null, null)
                .eb("C", "IND", PLAN, null, null, "23", "500", null, null, null, null, "Y")
                .eb("C", "IND", PLAN, null, null, "29", "0", null, null, null, null, "Y");
        assertThat(interpret(met.bytes(), "MH").summary().deductible().inNetwork().met()).isTrue();

        Edi271 notMet = Edi271.answering("T1").eb("1", null, PLAN, null, null, null, null, null, null, null, null, null)
                .eb("1", null, MH, null, null, null, null, null, null, null, null, null)
                .eb("C", "IND", PLAN, null, null, "23", "500", null, null, null, null, null)
                .eb("C", "IND", PLAN, null, null, "24", "120", null, null, null, null, null);
        Accumulator d = interpret(notMet.bytes(), "MH").summary().deductible().inNetwork();
        assertThat(d.remaining()).isEqualByComparingTo("380");
        assertThat(d.met()).isFalse();
    }

    @Test
    void aaa42IsRetriedLaterAndAaa72NamesTheMemberId() {
        Interpretation busy = interpret(Edi271.answering("T1").sourceAaa("42", "R").bytes(), "MH");
        assertThat(busy.outcome()).isEqualTo(Interpretation.Outcome.RETRY_LATER);
        assertThat(busy.firstRejection().retryable()).isTrue();
        assertThat(busy.firstRejection().level()).isEqualTo("SOURCE");

        Interpretation bad = interpret(Edi271.answering("T1").seg("AAA", "N", null, "72", "C").bytes(), "MH");
        assertThat(bad.outcome()).isEqualTo(Interpretation.Outcome.NEEDS_ATTENTION);
        assertThat(bad.summary()).isNull();
        assertThat(bad.firstRejection().field()).isEqualTo("memberId");
        assertThat(bad.firstRejection().kind()).isEqualTo(Rejection.Kind.FIX_DATA);
    }

    @Test
    void planLevelAnswerOnlyMovesToTheNextServiceTypeUntil30() {
        byte[] generic = Edi271.answering("T1")
                .eb("1", null, PLAN, null, "BASIC", null, null, null, null, null, null, null).bytes();
        assertThat(interpret(generic, "MH").outcome()).isEqualTo(Interpretation.Outcome.NEXT_SERVICE_TYPE);
        assertThat(interpret(generic, "98").outcome()).isEqualTo(Interpretation.Outcome.NEXT_SERVICE_TYPE);
        Interpretation plan = interpret(generic, "30");
        assertThat(plan.outcome()).isEqualTo(Interpretation.Outcome.ANSWERED);
        assertThat(plan.summary().serviceTypeAnswered()).isTrue();

        byte[] wrongStc = Edi271.answering("T1").seg("AAA", "N", null, "54", "C").bytes();
        assertThat(interpret(wrongStc, "CF").outcome()).isEqualTo(Interpretation.Outcome.NEXT_SERVICE_TYPE);
    }

    @Test
    void noStatusAtAllIsNotEligible() {
        byte[] empty = Edi271.answering("T1").seg("MSG", "CALL PAYER").bytes();
        assertThat(interpret(empty, "30").outcome()).isEqualTo(Interpretation.Outcome.NO_STATUS);
        assertThat(Responses.read("not x12".getBytes())).isEmpty();
    }

    @Test
    void fallbackOrderAndBackoff() {
        assertThat(ServiceTypeFallback.first()).isEqualTo("MH");
        assertThat(ServiceTypeFallback.next("MH")).isEqualTo("CF");
        assertThat(ServiceTypeFallback.next("A8")).isEqualTo("98");
        assertThat(ServiceTypeFallback.next("98")).isEqualTo("30");
        assertThat(ServiceTypeFallback.next("30")).isNull();
        RetryPolicy p = new RetryPolicy(java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(30), 3);
        java.time.Instant t = java.time.Instant.parse("2026-11-01T00:00:00Z");
        assertThat(p.nextAttempt(t, 1)).isEqualTo(t.plusSeconds(300));
        assertThat(p.nextAttempt(t, 2)).isEqualTo(t.plusSeconds(600));
        assertThat(p.nextAttempt(t, 3)).isEqualTo(t.plusSeconds(1200));
        assertThat(p.nextAttempt(t, 4)).isNull();
    }
}
