package org.rcm.eligibility.service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks an ordered coverage list; returns the first problem as (field, message) or null. Plain Java. */
public final class CoverageRules {
    /** Patient's relationship to the subscriber (X12 individual relationship codes used in 270/837). */
    public static final Set<String> RELATIONSHIPS = Set.of("18", "01", "19", "20", "21", "39", "40", "53", "G8");

    public record Item(String payerId, int order, String memberId, String relationship, boolean hasSubscriber,
                       LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    public record Problem(String field, String message) {
    }

    private CoverageRules() {
    }

    public static Problem check(List<Item> items) {
        Set<Integer> orders = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item c = items.get(i);
            String at = "coverages[" + i + "]";
            if (!orders.add(c.order())) {
                return new Problem(at + ".order", "two coverages have the same order");
            }
            if (!keys.add(c.payerId() + "|" + c.memberId())) {
                return new Problem(at + ".memberId", "the same payer and member id are listed twice");
            }
            if (!RELATIONSHIPS.contains(c.relationship())) {
                return new Problem(at + ".relationship", "must be an X12 relationship code (18 self, 01 spouse, 19 child, G8 other...)");
            }
            if (!"18".equals(c.relationship()) && !c.hasSubscriber()) {
                return new Problem(at + ".subscriber", "required when the patient is not the subscriber");
            }
            if (c.effectiveFrom() != null && c.effectiveTo() != null && c.effectiveTo().isBefore(c.effectiveFrom())) {
                return new Problem(at + ".effectiveTo", "must not be before effectiveFrom");
            }
        }
        for (int o = 1; o <= items.size(); o++) {
            if (!orders.contains(o)) {
                return new Problem("coverages", "orders must run 1 (primary), 2 (secondary), 3 (tertiary) without gaps");
            }
        }
        return null;
    }
}
