package org.rcm.eligibility.domain;

import org.junit.jupiter.api.Test;
import org.rcm.eligibility.service.CoverageRules;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.remittance.ClaimDenied;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @Test
    void statusFollowsUseDatesAndCancellation() {
        LocalDate end = TODAY.plusDays(30);
        assertThat(AuthorizationRules.status(false, 12, 11, end, TODAY)).isEqualTo("ACTIVE");
        assertThat(AuthorizationRules.status(false, 12, 12, end, TODAY)).isEqualTo("EXHAUSTED");
        assertThat(AuthorizationRules.status(false, 12, 3, TODAY.minusDays(1), TODAY)).isEqualTo("EXPIRED");
        assertThat(AuthorizationRules.status(true, 12, 3, end, TODAY)).isEqualTo("CANCELLED");
    }

    @Test
    void alertsNSessionsOrNDaysBeforeExhaustionAndReviewDeadlines() {
        assertThat(AuthorizationRules.alerts("ACTIVE", 12, 9, TODAY.plusDays(60), null, 3, 14, TODAY))
                .containsExactly("SESSIONS_LOW");
        assertThat(AuthorizationRules.alerts("ACTIVE", 12, 8, TODAY.plusDays(60), null, 3, 14, TODAY)).isEmpty();
        assertThat(AuthorizationRules.alerts("ACTIVE", 12, 1, TODAY.plusDays(10), TODAY.plusDays(5), 3, 14, TODAY))
                .containsExactly("ENDS_SOON", "REVIEW_DUE");
        assertThat(AuthorizationRules.alerts("EXHAUSTED", 12, 12, TODAY.plusDays(60), TODAY.minusDays(1), 3, 14,
                TODAY)).containsExactly("EXHAUSTED", "REVIEW_OVERDUE");
        assertThat(AuthorizationRules.alerts("EXPIRED", 12, 1, TODAY.minusDays(1), null, 3, 14, TODAY)).isEmpty();
    }

    @Test
    void appliesByDateRangeAndCodesAndPicksTheOneWithSessionsLeft() {
        LocalDate s = TODAY.minusDays(10);
        LocalDate e = TODAY.plusDays(10);
        assertThat(AuthorizationRules.applies(List.of("90837"), s, e, false, TODAY, List.of("90837", "90785")))
                .isTrue();
        assertThat(AuthorizationRules.applies(List.of("90837"), s, e, false, TODAY, List.of("90834"))).isFalse();
        assertThat(AuthorizationRules.applies(List.of(), s, e, false, TODAY, List.of("90834"))).isTrue();
        assertThat(AuthorizationRules.applies(List.of(), s, e, false, e.plusDays(1), List.of("90834"))).isFalse();
        assertThat(AuthorizationRules.applies(List.of(), s, e, true, TODAY, List.of("90834"))).isFalse();

        record A(String id, int left, LocalDate end) {
        }
        List<A> as = List.of(new A("full", 0, e), new A("late", 5, e.plusDays(30)), new A("soon", 2, e));
        assertThat(AuthorizationRules.pick(as, A::left, A::end).map(A::id)).contains("soon");
        assertThat(AuthorizationRules.pick(List.of(new A("x", 0, e), new A("y", 0, e.plusDays(1))), A::left, A::end)
                .map(A::id)).contains("y");
    }

    @Test
    void noAuthDenialIsCarc197Or15AtClaimOrLineLevel() {
        Adjustment co197 = new Adjustment("CO", "197", new BigDecimal("150"), null);
        Adjustment co45 = new Adjustment("CO", "45", new BigDecimal("20"), null);
        assertThat(AuthorizationRules.deniedForNoAuthorization(denial(List.of(co197), List.of()))).isTrue();
        assertThat(AuthorizationRules.deniedForNoAuthorization(denial(List.of(), List.of(
                new ClaimDenied.DeniedLine("90837", List.of(), BigDecimal.TEN, BigDecimal.TEN,
                        List.of(new Adjustment("CO", "15", BigDecimal.TEN, null))))))).isTrue();
        assertThat(AuthorizationRules.deniedForNoAuthorization(denial(List.of(co45), List.of()))).isFalse();
    }

    private static ClaimDenied denial(List<Adjustment> claimLevel, List<ClaimDenied.DeniedLine> lines) {
        return new ClaimDenied("c1", "pay1", "payer", "PCN", "4", true, BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.TEN, claimLevel, List.of(), lines);
    }

    @Test
    void coverageListsNeedContiguousOrdersAndASubscriberForDependents() {
        var self = new CoverageRules.Item("p1", 1, "M1", "18", false, null, null);
        var child = new CoverageRules.Item("p2", 2, "M2", "19", false, null, null);
        assertThat(CoverageRules.check(List.of(self))).isNull();
        assertThat(CoverageRules.check(List.of(self, child)).field()).isEqualTo("coverages[1].subscriber");
        assertThat(CoverageRules.check(List.of(new CoverageRules.Item("p2", 2, "M2", "18", false, null, null)))
                .field()).isEqualTo("coverages");
        assertThat(CoverageRules.check(List.of(self, new CoverageRules.Item("p1", 1, "M9", "18", false, null, null)))
                .field()).isEqualTo("coverages[1].order");
        assertThat(CoverageRules.check(List.of(new CoverageRules.Item("p1", 1, "M1", "XX", false, null, null)))
                .field()).isEqualTo("coverages[0].relationship");
        assertThat(Patient.nameKey("O'Brien-Núñez", " Ann ")).isEqualTo(Patient.nameKey("obrien nunez", "ANN"));
    }
}
