package org.rcm.platform.messaging;

import org.junit.jupiter.api.Test;
import org.rcm.platform.messaging.observability.PhiRedactor;

import static org.assertj.core.api.Assertions.assertThat;

class PhiRedactorTest {
    @Test
    void masksPhiLookingValues() {
        String line = "patient Jane Doe ssn 123-45-6789 dob 1985-04-12 phone (217) 555-0142 mail jane.doe@example.com"
                + " memberId=W123456789 lastName: Doe";
        String out = PhiRedactor.redact(line);
        assertThat(out).doesNotContain("123-45-6789", "1985-04-12", "555-0142", "jane.doe@example.com", "W123456789",
                "lastName: Doe");
        assertThat(out).contains("[SSN]", "[DATE]", "[PHONE]", "[EMAIL]", "memberId=[REDACTED]");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String line = "claim RC0000000012 moved to SUBMITTED after 3 attempts (batch 42)";
        assertThat(PhiRedactor.redact(line)).isEqualTo(line);
    }
}
