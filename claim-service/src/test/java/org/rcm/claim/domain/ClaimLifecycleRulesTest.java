package org.rcm.claim.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcm.claim.domain.ClaimStatus.*;

class ClaimLifecycleRulesTest {

    @Test
    void aLate999AcknowledgmentIsSupersededNotAnError() {
        for (ClaimStatus later : new ClaimStatus[]{ACCEPTED, REJECTED, PAID, PARTIALLY_PAID, DENIED, CLOSED}) {
            assertThat(ClaimLifecycle.allowed(later, ACKNOWLEDGED)).as(later.name()).isFalse();
            assertThat(ClaimLifecycle.superseded(later, ACKNOWLEDGED)).as(later.name()).isTrue();
        }
        assertThat(ClaimLifecycle.allowed(SUBMITTED, ACKNOWLEDGED)).isTrue();
        assertThat(ClaimLifecycle.superseded(SUBMITTED, ACKNOWLEDGED)).isFalse();
        // a move that is wrong rather than late stays a warning
        assertThat(ClaimLifecycle.superseded(DRAFT, ACKNOWLEDGED)).isFalse();
        assertThat(ClaimLifecycle.superseded(CLOSED, PAID)).isFalse();
    }
}
