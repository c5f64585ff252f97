package org.rcm.denial.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calibration of the approval forecast on generated history: claims whose true clean-pay probability comes from
 * payer, code, modifier, place of service and authorisation effects (logistic); fit on 20 000, check on 10 000.
 */
class ForecastCalibrationTest {
    static final String[] PAYERS = {"P1", "P2", "P3", "P4", "P5", "P6"};
    static final String[] CODES = {"90791", "90832", "90834", "90837", "90847", "90853", "99213", "H0031"};
    static final String[] MODS = {"", "95", "HO", "95,HO", "GT"};
    static final String[] POS = {"02", "10", "11", "53"};

    record Sample(ApprovalForecaster.Features f, double truth, boolean clean) {
    }

    static List<Sample> generate(int n, long seed) {
        SplittableRandom effects = new SplittableRandom(7);
        double[] payer = gaussians(effects, PAYERS.length, 0.8);
        double[] code = gaussians(effects, CODES.length, 0.7);
        double[] mod = gaussians(effects, MODS.length, 0.5);
        double[] pos = gaussians(effects, POS.length, 0.3);
        SplittableRandom r = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // skewed usage: a few payers and codes carry most of the volume, the rest is sparse
            int p = Math.min(PAYERS.length - 1, (int) Math.floor(-Math.log(1 - r.nextDouble()) * 1.5));
            int c = Math.min(CODES.length - 1, (int) Math.floor(-Math.log(1 - r.nextDouble()) * 2));
            int m = r.nextInt(MODS.length);
            int s = r.nextInt(POS.length);
            boolean auth = r.nextDouble() < 0.6;
            double logit = 1.6 + payer[p] + code[c] + mod[m] + pos[s] + (auth ? 0.6 : -0.9);
            double truth = 1 / (1 + Math.exp(-logit));
            out.add(new Sample(new ApprovalForecaster.Features(PAYERS[p], CODES[c], MODS[m], POS[s], auth), truth,
                    r.nextDouble() < truth));
        }
        return out;
    }

    static double[] gaussians(SplittableRandom r, int n, double sd) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            double v = r.nextDouble();
            out[i] = sd * Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
        }
        return out;
    }

    @Test
    void forecastIsCalibratedByDecileAndBeatsTheOverallRate() {
        List<Sample> train = generate(20_000, 1);
        List<Sample> test = generate(10_000, 2);
        ApprovalForecaster model = ApprovalForecaster.fit(train.stream()
                .map(s -> new ApprovalForecaster.Outcome(s.f(), s.clean())).toList(), 20);
        double overall = train.stream().filter(Sample::clean).count() / (double) train.size();
        record Scored(double predicted, double truth, boolean clean) {
        }
        List<Scored> scored = new ArrayList<>(test.stream()
                .map(s -> new Scored(model.forecast(s.f()).probability(), s.truth(), s.clean())).toList());
        scored.sort(Comparator.comparingDouble(Scored::predicted));
        double brier = 0;
        double brierBase = 0;
        for (Scored s : scored) {
            double y = s.clean() ? 1 : 0;
            brier += (s.predicted() - y) * (s.predicted() - y);
            brierBase += (overall - y) * (overall - y);
        }
        brier /= scored.size();
        brierBase /= scored.size();
        StringBuilder table = new StringBuilder("decile | claims | mean predicted | observed | mean true p\n");
        int per = scored.size() / 10;
        double worst = 0;
        for (int d = 0; d < 10; d++) {
            List<Scored> bin = scored.subList(d * per, d == 9 ? scored.size() : (d + 1) * per);
            double pred = bin.stream().mapToDouble(Scored::predicted).average().orElse(0);
            double obs = bin.stream().filter(Scored::clean).count() / (double) bin.size();
            double truth = bin.stream().mapToDouble(Scored::truth).average().orElse(0);
            worst = Math.max(worst, Math.abs(pred - obs));
            table.append(String.format("%d | %d | %.3f | %.3f | %.3f%n", d + 1, bin.size(), pred, obs, truth));
        }
        table.append(String.format("Brier %.4f (overall-rate baseline %.4f), worst decile gap %.3f%n", brier,
                brierBase, worst));
        System.out.println(table);
        assertThat(worst).as("predicted vs observed per decile").isLessThan(0.06);
        assertThat(brier).isLessThan(brierBase * 0.95);
    }

    @Test
    void sparseCellsShrinkTowardTheirWiderGroup() {
        List<ApprovalForecaster.Outcome> history = new ArrayList<>();
        var common = new ApprovalForecaster.Features("P1", "90837", "95", "10", true);
        for (int i = 0; i < 200; i++) {
            history.add(new ApprovalForecaster.Outcome(common, i % 10 != 0));  // 90% clean
        }
        var rare = new ApprovalForecaster.Features("P1", "90837", "95", "10", false);
        history.add(new ApprovalForecaster.Outcome(rare, false));  // one denial without auth
        ApprovalForecaster model = ApprovalForecaster.fit(history, 20);
        double p = model.forecast(rare).probability();
        assertThat(p).as("one denial does not make it 0").isBetween(0.75, 0.9);
        assertThat(model.forecast(common).probability()).isBetween(0.87, 0.92);
        assertThat(model.forecast(new ApprovalForecaster.Features("P9", "X", "", "11", true)).probability())
                .as("an unseen payer falls back to the tenant rate").isBetween(0.85, 0.92);
    }
}
