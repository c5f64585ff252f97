package org.rcm.denial.domain;

import org.rcm.platform.events.gateway.Adjustment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sorts a denial into a work queue by the CARC of its largest denial adjustment. (Issue "denial-service" turns
 * this table into dated data.)
 */
public final class DenialCategorizer {
    private static final Map<String, DenialCategory> BY_CARC = Map.ofEntries(
            Map.entry("27", DenialCategory.ELIGIBILITY), Map.entry("26", DenialCategory.ELIGIBILITY),
            Map.entry("31", DenialCategory.ELIGIBILITY), Map.entry("32", DenialCategory.ELIGIBILITY),
            Map.entry("197", DenialCategory.AUTHORIZATION), Map.entry("15", DenialCategory.AUTHORIZATION),
            Map.entry("198", DenialCategory.AUTHORIZATION), Map.entry("4", DenialCategory.CODING),
            Map.entry("11", DenialCategory.CODING), Map.entry("5", DenialCategory.CODING),
            Map.entry("16", DenialCategory.MISSING_INFORMATION), Map.entry("50", DenialCategory.MEDICAL_NECESSITY),
            Map.entry("18", DenialCategory.DUPLICATE), Map.entry("119", DenialCategory.BENEFIT_LIMIT),
            Map.entry("29", DenialCategory.TIMELY_FILING), Map.entry("22", DenialCategory.COORDINATION_OF_BENEFITS),
            Map.entry("45", DenialCategory.CONTRACTUAL));

    private DenialCategorizer() {
    }

    public static DenialCategory categorize(List<Adjustment> denials) {
        return denials.stream()
                .max(Comparator.comparing(Adjustment::amount))
                .map(a -> BY_CARC.getOrDefault(a.reason(), DenialCategory.OTHER))
                .orElse(DenialCategory.OTHER);
    }
}
