package org.rcm.denial.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * P(paid without denial) for a claim about to be submitted, learned from a tenant's adjudicated claims. Hierarchical
 * Beta-binomial shrinkage along payer → code → modifiers → place of service → prior-auth state: each level's estimate
 * is (denial-free count + m × parent estimate) / (claims + m), so a sparse cell leans on its wider group and a
 * well-populated one speaks for itself. The root is the tenant's overall rate with a weak Beta(1,1) prior.
 */
public final class ApprovalForecaster {
    /** The features of a claim: first line's code and sorted modifiers, place of service, prior auth on file. */
    public record Features(String payerId, String code, String modifiers, String placeOfService, boolean auth) {
        String key(int level) {
            return switch (level) {
                case 0 -> "";
                case 1 -> payerId;
                case 2 -> payerId + "|" + code;
                case 3 -> payerId + "|" + code + "|" + modifiers;
                case 4 -> payerId + "|" + code + "|" + modifiers + "|" + placeOfService;
                default -> payerId + "|" + code + "|" + modifiers + "|" + placeOfService + "|" + auth;
            };
        }
    }

    /** One adjudicated claim: its features and whether it was paid without any denial. */
    public record Outcome(Features features, boolean paidClean) {
    }

    /** The estimate with the path of levels it came through (for explanation on REST). */
    public record Forecast(double probability, List<Level> levels) {
    }

    public record Level(String level, long claims, long paidClean, double estimate) {
    }

    static final String[] NAMES = {"tenant", "payer", "code", "modifiers", "placeOfService", "authorization"};
    static final int LEVELS = 6;

    private final double strength;
    private final Map<String, long[]> counts = new HashMap<>();

    /** @param strength prior weight m of the parent estimate, in pseudo-claims */
    public ApprovalForecaster(double strength) {
        this.strength = strength;
    }

    public static ApprovalForecaster fit(List<Outcome> history, double strength) {
        ApprovalForecaster f = new ApprovalForecaster(strength);
        history.forEach(f::add);
        return f;
    }

    public void add(Outcome o) {
        for (int level = 0; level < LEVELS; level++) {
            long[] c = counts.computeIfAbsent(level + ":" + o.features().key(level), k -> new long[2]);
            c[0]++;
            if (o.paidClean()) {
                c[1]++;
            }
        }
    }

    public Forecast forecast(Features f) {
        List<Level> path = new java.util.ArrayList<>();
        long[] root = counts.getOrDefault("0:", new long[2]);
        double p = (root[1] + 1.0) / (root[0] + 2.0);
        path.add(new Level(NAMES[0], root[0], root[1], p));
        for (int level = 1; level < LEVELS; level++) {
            long[] c = counts.getOrDefault(level + ":" + f.key(level), new long[2]);
            p = (c[1] + strength * p) / (c[0] + strength);
            path.add(new Level(NAMES[level], c[0], c[1], p));
        }
        return new Forecast(p, List.copyOf(path));
    }
}
