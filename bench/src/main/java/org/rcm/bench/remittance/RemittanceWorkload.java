package org.rcm.bench.remittance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A posting workload (fictitious data): an 835 of N claim payments and the submitted claims they pay. Mix by
 * claim index mod 20: 0 full denial (CLP02 4, CO-197), 1 partial (second line CO-97), 2 payer dropped the modifier
 * and sent no REF*6R, 3 a patient control number we never submitted (unmatched); the rest paid with CO-45 and
 * PR-2/PR-3. BPR02 balances: Σ CLP04 − Σ PLB (a WO recoupment of 25.00 and L6 interest of 1.50).
 */
public final class RemittanceWorkload {
    /** One submitted claim line. */
    public record Line(int lineNumber, String controlNumber, String code, String modifier, BigDecimal charge) {
    }

    /** One submitted claim: {@code lines} are the two lines every claim of the workload has. */
    public record Claim(String claimId, String patientControlNumber, BigDecimal totalCharge, Line first, Line second) {
    }

    public static final String TRACE = "EFT-BENCH-0001";
    public static final String PAYER = "BENCHPAYER";

    private RemittanceWorkload() {
    }

    /** The claims the 835 pays (those of scenario 3 are never submitted: their payments stay unmatched). */
    public static void claims(int n, long seed, Consumer<Claim> out) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            long c1 = 10_000 + r.nextInt(20_000);
            long c2 = 2_000 + r.nextInt(3_000);
            r.nextInt(3_000);
            r.nextInt(2_500);
            if (i % 20 == 3) {
                continue;
            }
            out.accept(new Claim("claim-" + i, pcn(i), BigDecimal.valueOf(c1 + c2, 2),
                    new Line(1, "L" + i + "A", "90837", "HO", BigDecimal.valueOf(c1, 2)),
                    new Line(2, "L" + i + "B", "90785", null, BigDecimal.valueOf(c2, 2))));
        }
    }

    public static String pcn(int i) {
        return "PCN" + (1_000_000 + i);
    }

    /** Writes the 835; returns BPR02 in cents. */
    public static long write835(Path file, int n, long seed) throws IOException {
        long total = pass(Writer.nullWriter(), n, seed, 0);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII), 1 << 16)) {
            pass(w, n, seed, total);
        }
        return total;
    }

    private static long pass(Writer w, int n, long seed, long bpr) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        int segs = 0;
        w.write("ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*BENCHCLINIC    *240601*1200*^*00501*000000001*0*P*:~\n");
        w.write("GS*HP*BENCHPAYER*BENCHCLINIC*20240601*1200*1*X*005010X221A1~\n");
        StringBuilder b = new StringBuilder(1 << 12);
        b.append("ST*835*0001~\n");
        b.append("BPR*I*").append(BigDecimal.valueOf(bpr, 2).toPlainString())
                .append("*C*ACH*CCP*01*011000015*DA*123456789*1512345678**01*021000021*DA*987654321*20240603~\n");
        b.append("TRN*1*").append(TRACE).append("*1512345678~\n");
        b.append("DTM*405*20240601~\n");
        b.append("N1*PR*SYNTHETIC HEALTH PLAN*XV*").append(PAYER).append("~\n");
        b.append("N1*PE*SYNTHETIC BEHAVIORAL CLINIC*XX*1234567893~\n");
        b.append("LX*1~\n");
        segs += 7;
        w.write(b.toString());
        long paidTotal = 0;
        for (int i = 0; i < n; i++) {
            b.setLength(0);
            long c1 = 10_000 + r.nextInt(20_000);
            long c2 = 2_000 + r.nextInt(3_000);
            long co = r.nextInt(3_000);
            long pr = r.nextInt(2_500);
            int scenario = i % 20;
            long p1;
            long p2;
            String cas1;
            String cas2;
            String status = "1";
            if (scenario == 0) {
                status = "4";
                p1 = 0;
                p2 = 0;
                cas1 = "CAS*CO*197*" + money(c1);
                cas2 = "CAS*CO*197*" + money(c2);
            } else if (scenario == 1) {
                p1 = c1 - co - pr;
                p2 = 0;
                cas1 = "CAS*CO*45*" + money(co) + "~\nCAS*PR*2*" + money(pr);
                cas2 = "CAS*CO*97*" + money(c2);
            } else {
                p1 = c1 - co - pr;
                p2 = c2 - 500;
                cas1 = "CAS*CO*45*" + money(co) + "~\nCAS*PR*2*" + money(pr);
                cas2 = "CAS*PR*3*" + money(500);
            }
            long paid = p1 + p2;
            long patient = scenario == 0 ? 0 : pr + (scenario == 1 ? 0 : 500);
            paidTotal += paid;
            b.append("CLP*").append(pcn(i)).append('*').append(status).append('*').append(money(c1 + c2)).append('*')
                    .append(money(paid)).append('*').append(money(patient)).append("*12*PCC").append(i)
                    .append("*11*1~\n");
            b.append("NM1*QC*1*PATIENT").append(i % 997).append("*ALEX****MI*MBR").append(5_000_000 + i).append("~\n");
            b.append("DTM*232*20240510~\n");
            segs += 3;
            boolean dropModifier = scenario == 2;
            b.append("SVC*HC:90837").append(dropModifier ? "" : ":HO").append('*').append(money(c1)).append('*')
                    .append(money(p1)).append("**1~\nDTM*472*20240510~\n").append(cas1).append("~\n");
            segs += 3 + (cas1.contains("\n") ? 1 : 0);
            if (!dropModifier) {
                b.append("REF*6R*L").append(i).append("A~\n");
                segs++;
            }
            b.append("AMT*B6*").append(money(c1 - co)).append("~\n");
            b.append("SVC*HC:90785*").append(money(c2)).append('*').append(money(p2)).append("**1~\nDTM*472*20240510~\n")
                    .append(cas2).append("~\n");
            segs += 4;
            if (!dropModifier) {
                b.append("REF*6R*L").append(i).append("B~\n");
                segs++;
            }
            if (scenario == 0) {
                b.append("LQ*HE*N54~\n");
                segs++;
            }
            w.write(b.toString());
        }
        w.write("PLB*1234567893*20241231*WO:RECOUP1*25.00*L6:INT1*-1.50~\n");
        segs++;
        segs++;
        w.write("SE*" + segs + "*0001~\nGE*1*1~\nIEA*1*000000001~\n");
        return paidTotal - 2500 + 150;
    }

    private static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
