package org.rcm.denial.domain;

import org.junit.jupiter.api.Test;
import org.rcm.platform.events.gateway.Adjustment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DenialRulesTest {
    static final LocalDate D = LocalDate.of(2026, 11, 20);
    static final LocalDate OLD = LocalDate.of(2000, 1, 1);

    static DenialCategorizer.Rule rule(String tenant, String group, String carc, String rarc, DenialCategory c,
                                       LocalDate from, LocalDate to) {
        return new DenialCategorizer.Rule(tenant, group, carc, rarc, c, from, to);
    }

    static List<Adjustment> adj(String group, String carc, String amount) {
        return List.of(new Adjustment(group, carc, new BigDecimal(amount), null));
    }

    final List<DenialCategorizer.Rule> rules = List.of(
            rule(null, "*", "197", null, DenialCategory.AUTHORIZATION, OLD, null),
            rule(null, "*", "16", null, DenialCategory.MISSING_INFORMATION, OLD, null),
            rule(null, "*", "16", "N290", DenialCategory.CODING, OLD, null),
            rule(null, "CO", "45", null, DenialCategory.CONTRACTUAL, OLD, null),
            rule(null, "*", "29", null, DenialCategory.TIMELY_FILING, OLD, LocalDate.of(2026, 6, 30)),
            rule("t1", "*", "29", null, DenialCategory.OTHER, LocalDate.of(2026, 7, 1), null));

    @Test
    void largestDenialAdjustmentDecidesAndRarcRefines() {
        assertThat(DenialCategorizer.categorize(List.of(new Adjustment("CO", "16", new BigDecimal("20"), null),
                new Adjustment("CO", "197", new BigDecimal("100"), null)), List.of(), D, rules))
                .isEqualTo(DenialCategory.AUTHORIZATION);
        assertThat(DenialCategorizer.categorize(adj("CO", "16", "10"), List.of("N290"), D, rules))
                .isEqualTo(DenialCategory.CODING);
        assertThat(DenialCategorizer.categorize(adj("CO", "16", "10"), List.of("N54"), D, rules))
                .isEqualTo(DenialCategory.MISSING_INFORMATION);
        assertThat(DenialCategorizer.categorize(adj("CO", "45", "10"), List.of(), D, rules))
                .isEqualTo(DenialCategory.CONTRACTUAL);
        assertThat(DenialCategorizer.categorize(adj("OA", "45", "10"), List.of(), D, rules))
                .as("group-specific rule does not match another group").isEqualTo(DenialCategory.OTHER);
        assertThat(DenialCategorizer.categorize(List.of(), List.of(), D, rules)).isEqualTo(DenialCategory.OTHER);
    }

    @Test
    void effectiveDatesAndTenantRulesApply() {
        assertThat(DenialCategorizer.categorize(adj("CO", "29", "10"), List.of(), LocalDate.of(2026, 6, 1), rules))
                .isEqualTo(DenialCategory.TIMELY_FILING);
        assertThat(DenialCategorizer.categorize(adj("CO", "29", "10"), List.of(), D, rules))
                .isEqualTo(DenialCategory.OTHER);
    }

    @Test
    void deadlineAndPriority() {
        LocalDate dos = D.minusDays(80);
        assertThat(WorkPriority.deadline(D, 180, DenialCategory.CODING, dos, 90)).isEqualTo(D.plusDays(180));
        assertThat(WorkPriority.deadline(D, 180, DenialCategory.TIMELY_FILING, dos, 90)).isEqualTo(dos.plusDays(90));
        BigDecimal amount = new BigDecimal("100.00");
        assertThat(WorkPriority.priority(amount, D.plusDays(5), D)).isEqualByComparingTo("400");
        assertThat(WorkPriority.priority(amount, D.plusDays(200), D)).isEqualByComparingTo("100");
        assertThat(WorkPriority.priority(amount, D.minusDays(1), D)).isEqualByComparingTo("10");
        assertThat(WorkPriority.priority(new BigDecimal("50"), D.plusDays(5), D))
                .isGreaterThan(WorkPriority.priority(new BigDecimal("150"), D.plusDays(200), D));
    }

    @Test
    void writeOffThresholdAndAppealLetter() {
        assertThat(WriteOffPolicy.needsApproval(new BigDecimal("100.01"), new BigDecimal("100"), false)).isTrue();
        assertThat(WriteOffPolicy.needsApproval(new BigDecimal("100.00"), new BigDecimal("100"), false)).isFalse();
        assertThat(WriteOffPolicy.needsApproval(new BigDecimal("5000"), new BigDecimal("100"), true)).isFalse();
        String letter = AppealLetter.render(Map.of("payerId", "PAYER1", "deniedAmount", "180.00",
                "deadline", "2027-05-19"));
        assertThat(letter).contains("PAYER1", "180.00", "2027-05-19").doesNotContain("{");
    }
}
