package org.rcm.bench;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.rcm.platform.x12.Delimiters;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.claim.BillingProvider;
import org.rcm.platform.x12.claim.Claim;
import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.claim.Claim837Writer;
import org.rcm.platform.x12.claim.ClaimBatchHeader;
import org.rcm.platform.x12.claim.Patient;
import org.rcm.platform.x12.claim.Payer;
import org.rcm.platform.x12.claim.Receiver;
import org.rcm.platform.x12.claim.RenderingProvider;
import org.rcm.platform.x12.claim.ServiceLine;
import org.rcm.platform.x12.claim.Subscriber;
import org.rcm.platform.x12.claim.Submitter;
import org.rcm.platform.x12.model.Address;

/** Writes N synthetic professional claims (fictitious data) with {@link Claim837Writer}, 5000 per ST. */
public final class Synthetic837 {
    private Synthetic837() {
    }

    /** Returns the number of claims written. */
    public static int write(OutputStream out, int claims) {
        InterchangeEnvelope env = new InterchangeEnvelope("ZZ", "BENCHCLINIC", "ZZ", "BENCHPAYER", "BENCHCLINIC",
                "BENCHPAYER", LocalDateTime.of(2024, 6, 1, 12, 0), 2, 2, false, false, Delimiters.standard());
        BillingProvider bp = new BillingProvider("2", "SYNTHETIC BEHAVIORAL CLINIC", null, "1234567893",
                "261QM0801X", new Address("1 CLINIC WAY", null, "SPRINGFIELD", "IL", "62701"), "123456789");
        Payer payer = new Payer("SYNTHETIC HEALTH PLAN", "99999", null);
        RenderingProvider rp = new RenderingProvider("THERAPIST", "TERRY", "1999999984", "101YM0800X");
        LocalDate dos = LocalDate.of(2024, 5, 2);
        try (Claim837Writer w = new Claim837Writer(out, env)) {
            int set = 0;
            for (int i = 0; i < claims; i++) {
                if (i % 5000 == 0) {
                    w.end();
                    w.begin(new ClaimBatchHeader(String.format("%04d", ++set), "BATCH" + set,
                            LocalDateTime.of(2024, 6, 1, 12, 0), new Submitter("SYNTHETIC CLINIC", "S1", "BILLING",
                            "5555550100"), new Receiver("SYNTHETIC HEALTH PLAN", "R1")));
                }
                Subscriber sub = new Subscriber("P", "GRP1", "CI", "MEMBER" + (i % 991), "SAM", null,
                        "MBR" + (5_000_000 + i), new Address("2 HOME ST", null, "SPRINGFIELD", "IL", "62702"),
                        LocalDate.of(1980, 1, 1).plusDays(i % 9000), "F");
                Patient pat = i % 4 == 0 ? new Patient("19", "CHILD" + (i % 97), "KIM", null,
                        new Address("2 HOME ST", null, "SPRINGFIELD", "IL", "62702"), LocalDate.of(2012, 3, 4), "M")
                        : null;
                List<ServiceLine> lines = List.of(
                        new ServiceLine("90837", List.of("HO"), new BigDecimal("180"), BigDecimal.ONE, null,
                                List.of(1, 2), dos, null, "L" + i + "A", List.of()),
                        new ServiceLine("90785", List.of(), new BigDecimal("25.5"), BigDecimal.ONE, null,
                                List.of(1), dos, null, "L" + i + "B", List.of()));
                Claim c = new Claim("PCN" + (1_000_000 + i), new BigDecimal("205.5"), "11", "1", "Y", "A", "Y", "Y",
                        null, i % 3 == 0 ? "AUTH" + i : null, List.of("F329", "F411"), rp, List.of(), lines);
                w.write(new Claim837(bp, sub, pat, payer, c));
            }
        }
        return claims;
    }
}
