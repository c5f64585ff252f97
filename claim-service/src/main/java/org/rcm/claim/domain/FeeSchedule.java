package org.rcm.claim.domain;

import java.math.BigDecimal;
import java.util.Map;

/** Charges per code until a tenant's fee schedule is configured (issue "claim-service" makes this per tenant). */
public final class FeeSchedule {
    private static final Map<String, BigDecimal> DEFAULT = Map.ofEntries(
            Map.entry("90791", new BigDecimal("220.00")),
            Map.entry("90792", new BigDecimal("250.00")),
            Map.entry("90832", new BigDecimal("100.00")),
            Map.entry("90834", new BigDecimal("140.00")),
            Map.entry("90837", new BigDecimal("180.00")),
            Map.entry("90833", new BigDecimal("80.00")),
            Map.entry("90836", new BigDecimal("110.00")),
            Map.entry("90838", new BigDecimal("140.00")),
            Map.entry("90785", new BigDecimal("20.00")),
            Map.entry("90839", new BigDecimal("200.00")),
            Map.entry("90840", new BigDecimal("95.00")),
            Map.entry("90846", new BigDecimal("130.00")),
            Map.entry("90847", new BigDecimal("140.00")),
            Map.entry("90853", new BigDecimal("60.00")));
    private static final BigDecimal PER_UNIT_DEFAULT = new BigDecimal("25.00");

    private FeeSchedule() {
    }

    public static BigDecimal charge(String code, int units) {
        return DEFAULT.getOrDefault(code, PER_UNIT_DEFAULT).multiply(BigDecimal.valueOf(units));
    }
}
