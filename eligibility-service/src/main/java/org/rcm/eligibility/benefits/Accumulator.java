package org.rcm.eligibility.benefits;

import java.math.BigDecimal;

/**
 * A deductible or out-of-pocket maximum: the plan amount for the period and what is left of it.
 *
 * @param level     IND or FAM (EB02), or null
 * @param total     EB07 with a plan period (calendar year 23, contract 25, service year 22, lifetime 32...)
 * @param remaining EB07 with period 29 (remaining) or total minus year-to-date (24)
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record Accumulator(String level, BigDecimal total, BigDecimal remaining) {

    /** True when nothing remains (deductible met), false when something remains, null when unknown. */
    public Boolean met() {
        return remaining == null ? null : remaining.signum() <= 0;
    }
}
