package org.rcm.platform.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rcm.platform.x12.claim.BillingProvider;
import org.rcm.platform.x12.claim.Claim;
import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.claim.LineAdjudication;
import org.rcm.platform.x12.claim.OtherPayer;
import org.rcm.platform.x12.claim.Patient;
import org.rcm.platform.x12.claim.Payer;
import org.rcm.platform.x12.claim.RenderingProvider;
import org.rcm.platform.x12.claim.ServiceLine;
import org.rcm.platform.x12.claim.Subscriber;
import org.rcm.platform.x12.model.Address;
import org.rcm.platform.x12.model.Adjustment;

/** Seeded generator of random but valid professional claims (fictitious data). */
final class RandomClaims {
    private static final String[] CODES = {"90791", "90832", "90834", "90837", "90846", "90847", "H0031", "H2019"};
    private static final String[] MODS = {"HO", "HN", "GT", "95", "25", "U1", "HE"};
    private static final String[] DX = {"F329", "F411", "F4310", "F909", "F1020", "F603", "Z631"};
    private final Random r;

    RandomClaims(long seed) {
        this.r = new Random(seed);
    }

    String word(int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }

    String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    BigDecimal money(int maxDollars) {
        return Amounts.canonical(BigDecimal.valueOf(r.nextInt(maxDollars * 100) + 1, 2));
    }

    LocalDate date() {
        return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1500));
    }

    <T> T maybe(T v) {
        return r.nextBoolean() ? v : null;
    }

    Address address() {
        return new Address(digits(3) + " " + word(4, 8) + " ST", maybe("APT " + digits(2)), word(4, 10),
                word(2, 2), digits(5));
    }

    BillingProvider provider() {
        return new BillingProvider("2", word(5, 12) + " CLINIC", null, digits(10), maybe("101YM0800X"), address(),
                digits(9));
    }

    Claim837 claim() {
        BillingProvider bp = provider();
        boolean secondary = r.nextInt(3) == 0;
        LocalDate dob = maybe(LocalDate.of(1950, 1, 1).plusDays(r.nextInt(20000)));
        Subscriber sub = new Subscriber(secondary ? "S" : "P", maybe(digits(6)), r.nextBoolean() ? "CI" : "MC",
                word(3, 10), word(3, 8), maybe(word(1, 1)), "M" + digits(9), maybe(address()), dob,
                dob == null ? null : r.nextBoolean() ? "F" : "M");
        LocalDate pdob = LocalDate.of(2005, 1, 1).plusDays(r.nextInt(5000));
        Patient pat = r.nextInt(4) == 0
                ? new Patient("19", word(3, 10), word(3, 8), null, address(), pdob, "U") : null;
        Payer payer = new Payer(word(5, 10) + " HEALTH", digits(5), maybe(address()));
        List<String> dx = new ArrayList<>();
        int ndx = 1 + r.nextInt(12);
        for (int i = 0; i < ndx; i++) {
            dx.add(DX[r.nextInt(DX.length)]);
        }
        List<OtherPayer> others = new ArrayList<>();
        String otherId = digits(5);
        if (secondary) {
            List<Adjustment> adj = new ArrayList<>();
            adj.add(new Adjustment("CO", "45", money(50), null));
            if (r.nextBoolean()) {
                adj.add(new Adjustment("PR", "2", money(20), Amounts.canonical(BigDecimal.ONE)));
            }
            others.add(new OtherPayer("P", "18", maybe(digits(5)), "CI", money(80), adj, word(3, 8), word(3, 8),
                    "O" + digits(8), word(5, 9) + " INS", otherId, date()));
        }
        int nLines = 1 + r.nextInt(6);
        List<ServiceLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < nLines; i++) {
            List<String> mods = new ArrayList<>();
            int nm = r.nextInt(5);
            for (int k = 0; k < nm; k++) {
                mods.add(MODS[r.nextInt(MODS.length)]);
            }
            List<Integer> ptr = new ArrayList<>();
            int np = 1 + r.nextInt(Math.min(4, ndx));
            for (int k = 0; k < np; k++) {
                ptr.add(k + 1);
            }
            BigDecimal charge = money(400);
            total = total.add(charge);
            LocalDate from = date();
            LocalDate to = r.nextInt(4) == 0 ? from.plusDays(1 + r.nextInt(5)) : null;
            String code = CODES[r.nextInt(CODES.length)];
            List<LineAdjudication> adj = secondary ? List.of(new LineAdjudication(otherId, money(60), code,
                    List.copyOf(mods), Amounts.canonical(BigDecimal.ONE),
                    List.of(new Adjustment("CO", "45", money(30), null)), date())) : List.of();
            lines.add(new ServiceLine(code, List.copyOf(mods), charge, Amounts.canonical(
                    BigDecimal.valueOf(1 + r.nextInt(8))), maybe("02"), List.copyOf(ptr), from, to,
                    maybe("L" + digits(8)), adj));
        }
        String freq = r.nextInt(5) == 0 ? "7" : "1";
        Claim c = new Claim("PCN" + digits(10), Amounts.canonical(total), r.nextBoolean() ? "11" : "53", freq, "Y",
                "A", "Y", "Y", freq.equals("7") ? "PC" + digits(10) : null, maybe("AUTH" + digits(6)),
                List.copyOf(dx), r.nextBoolean() ? new RenderingProvider(word(3, 9), word(3, 8), digits(10),
                maybe("103TC0700X")) : null, List.copyOf(others), List.copyOf(lines));
        return new Claim837(bp, sub, pat, payer, c);
    }
}
