package org.rcm.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.rcm.platform.x12.Delimiters;
import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.SegmentWriter;

/**
 * Streams a balanced synthetic 835 (fictitious data) to a file: one transaction set, N claims of two or
 * three service lines, about 530 bytes per claim. BPR02 is written last-known: the generator makes a
 * first pass to sum the payments (same seed), so the file balances.
 */
public final class Synthetic835 {
    private Synthetic835() {
    }

    public static void write(Path file, int claims, long seed) throws IOException {
        long totalCents = pass(OutputStream.nullOutputStream(), claims, seed, 0);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            pass(out, claims, seed, totalCents);
        }
    }

    private static long pass(OutputStream out, int claims, long seed, long bprCents) {
        SplittableRandom r = new SplittableRandom(seed);
        InterchangeEnvelope env = new InterchangeEnvelope("ZZ", "BENCHPAYER", "ZZ", "BENCHCLINIC", "BENCHPAYER",
                "BENCHCLINIC", LocalDateTime.of(2024, 6, 1, 12, 0), 1, 1, false, false,
                Delimiters.standard().withSuffix("\n"));
        EnvelopeWriter e = new EnvelopeWriter(out, env, "HP", "005010X221A1");
        SegmentWriter w = e.segments();
        e.beginSet("835", "0001");
        w.start("BPR").add("I").add(BigDecimal.valueOf(bprCents, 2)).add("C").add("ACH").add("CCP").add("01")
                .add("011000015").add("DA").add("123456789").add("1512345678").add((String) null).add("01")
                .add("021000021").add("DA").add("987654321").add(LocalDate.of(2024, 6, 3)).end();
        w.start("TRN").add("1").add("EFT0000123456").add("1512345678").end();
        w.start("DTM").add("405").add(LocalDate.of(2024, 6, 1)).end();
        w.start("N1").add("PR").add("SYNTHETIC HEALTH PLAN").end();
        w.start("N3").add("100 MAIN STREET").end();
        w.start("N4").add("SPRINGFIELD").add("IL").add("62701").end();
        w.start("N1").add("PE").add("SYNTHETIC BEHAVIORAL CLINIC").add("XX").add("1234567893").end();
        w.start("LX").add("1").end();
        long total = 0;
        LocalDate base = LocalDate.of(2024, 5, 1);
        for (int i = 0; i < claims; i++) {
            int lines = 2 + r.nextInt(2);
            long[] charge = new long[lines];
            long[] co = new long[lines];
            long[] pr = new long[lines];
            long claimCharge = 0;
            long claimPaid = 0;
            long claimPr = 0;
            for (int k = 0; k < lines; k++) {
                charge[k] = 10_000 + r.nextInt(20_000);
                co[k] = r.nextInt(3_000);
                pr[k] = r.nextInt(2_500);
                claimCharge += charge[k];
                claimPaid += charge[k] - co[k] - pr[k];
                claimPr += pr[k];
            }
            total += claimPaid;
            LocalDate dos = base.plusDays(r.nextInt(28));
            w.start("CLP").add("PCN" + (1_000_000 + i)).add("1").add(BigDecimal.valueOf(claimCharge, 2))
                    .add(BigDecimal.valueOf(claimPaid, 2)).add(BigDecimal.valueOf(claimPr, 2)).add("12")
                    .add("24" + (100_000_000L + i)).add("11").add("1").end();
            w.start("NM1").add("QC").add("1").add("PATIENT" + (i % 997)).add("ALEX").add((String) null)
                    .add((String) null).add((String) null).add("MI").add("MBR" + (5_000_000 + i)).end();
            w.start("NM1").add("82").add("1").add("THERAPIST" + (i % 89)).add("TERRY").add((String) null)
                    .add((String) null).add((String) null).add("XX").add("1999999984").end();
            w.start("DTM").add("232").add(dos).end();
            w.start("DTM").add("233").add(dos).end();
            w.start("AMT").add("AU").add(BigDecimal.valueOf(claimCharge, 2)).end();
            for (int k = 0; k < lines; k++) {
                w.start("SVC").composite("HC", k == 0 ? "90837" : "90785", k == 0 ? "HO" : null)
                        .add(BigDecimal.valueOf(charge[k], 2)).add(BigDecimal.valueOf(charge[k] - co[k] - pr[k], 2))
                        .add((String) null).add("1").end();
                w.start("DTM").add("472").add(dos).end();
                w.start("CAS").add("CO").add("45").add(BigDecimal.valueOf(co[k], 2)).end();
                w.start("CAS").add("PR").add("2").add(BigDecimal.valueOf(pr[k], 2)).end();
                w.start("REF").add("6R").add("L" + i + "X" + k).end();
                w.start("REF").add("LU").add("11").end();
                w.start("AMT").add("B6").add(BigDecimal.valueOf(charge[k] - co[k], 2)).end();
                w.start("LQ").add("HE").add("N" + (100 + k)).end();
            }
        }
        e.endSet();
        e.close();
        return total;
    }
}
