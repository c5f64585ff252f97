package org.rcm.denial.domain;

import org.rcm.platform.events.gateway.Adjustment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sorts a denial into a work queue by its largest denial adjustment, using the category rules in force on the
 * denial date (data, not code: see {@link DenialCategoryRule}). The most specific rule wins: the tenant's own rule
 * over the default, a RARC-specific rule over any-remark, a group-specific rule over any-group.
 */
public final class DenialCategorizer {
    /** One rule as the categoriser sees it; {@code group} "*" = any group, {@code rarc} null = any remark. */
    public record Rule(String tenantId, String group, String carc, String rarc, DenialCategory category,
                       LocalDate effectiveFrom, LocalDate effectiveTo) {
        boolean inForceOn(LocalDate d) {
            return !d.isBefore(effectiveFrom) && (effectiveTo == null || !d.isAfter(effectiveTo));
        }

        int specificity() {
            return (tenantId != null ? 4 : 0) + (rarc != null ? 2 : 0) + ("*".equals(group) ? 0 : 1);
        }
    }

    private DenialCategorizer() {
    }

    public static DenialCategory categorize(List<Adjustment> denials, List<String> remarks, LocalDate on,
                                            List<Rule> rules) {
        Optional<Adjustment> main = denials.stream().max(Comparator.comparing(Adjustment::amount));
        if (main.isEmpty()) {
            return DenialCategory.OTHER;
        }
        Adjustment a = main.get();
        List<String> rarcs = remarks == null ? List.of() : remarks;
        return rules.stream()
                .filter(r -> r.carc().equals(a.reason()))
                .filter(r -> "*".equals(r.group()) || r.group().equals(a.group()))
                .filter(r -> r.rarc() == null || rarcs.contains(r.rarc()))
                .filter(r -> r.inForceOn(on))
                .max(Comparator.comparingInt(Rule::specificity))
                .map(Rule::category)
                .orElse(DenialCategory.OTHER);
    }
}
