package org.rcm.sandbox.x12;

import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.SegmentWriter;
import org.rcm.platform.x12.claim.Claim837;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes a 277CA (005010X214) claim acknowledgment with platform/x12's envelope and segment writers (platform/x12
 * has no 277CA writer): information source (20), receiver (21), billing provider (19) and one patient level (PT)
 * per claim with TRN (our CLM01), STC, REF*1K (payer claim number, accepted claims) and DTP*472.
 */
public final class Status277Writer {
    public static final String VERSION = "005010X214";

    private Status277Writer() {
    }

    /** One claim's verdict: STC01 category:status:entity, e.g. A1:20 accepted or A7:97:IL rejected. */
    public record Verdict(Claim837 claim, String category, String status, String entity, String payerClaimNumber) {
        public boolean accepted() {
            return category.startsWith("A1") || category.startsWith("A2");
        }
    }

    public static void write(OutputStream out, InterchangeEnvelope envelope, String stControl, String batchRef,
                             String clearinghouseName, String submitterName, String submitterId,
                             List<Verdict> verdicts) {
        EnvelopeWriter env = new EnvelopeWriter(out, envelope, "HN", VERSION);
        env.beginSet("277", stControl);
        SegmentWriter w = env.segments();
        LocalDateTime t = envelope.timestamp();
        w.start("BHT").add("0085").add("08").add(batchRef).add(t.toLocalDate())
                .add(String.format("%02d%02d", t.getHour(), t.getMinute())).add("TH").end();
        w.start("HL").add(1).add((String) null).add("20").add("1").end();
        w.start("NM1").add("AY").add("2").add(clearinghouseName).add((String) null).add((String) null)
                .add((String) null).add((String) null).add("46").add(envelope.applicationSender()).end();
        w.start("TRN").add("1").add(batchRef).end();
        w.start("DTP").add("050").add("D8").add(t.toLocalDate()).end();
        w.start("DTP").add("009").add("D8").add(t.toLocalDate()).end();
        w.start("HL").add(2).add(1).add("21").add("1").end();
        w.start("NM1").add("41").add("2").add(submitterName).add((String) null).add((String) null)
                .add((String) null).add((String) null).add("46").add(submitterId).end();
        w.start("TRN").add("2").add(batchRef).end();
        long accepted = verdicts.stream().filter(Verdict::accepted).count();
        w.start("STC").composite("A1", "19", "PR").add(t.toLocalDate()).add("WQ")
                .add(verdicts.stream().filter(Verdict::accepted)
                        .map(v -> v.claim().claim().totalCharge()).reduce(java.math.BigDecimal.ZERO,
                                java.math.BigDecimal::add)).end();
        w.start("QTY").add("90").add(Long.toString(accepted)).end();
        w.start("QTY").add("AA").add(Long.toString(verdicts.size() - accepted)).end();
        int hl = 2;
        Claim837 previousProvider = null;
        int providerHl = 0;
        for (Verdict v : verdicts) {
            Claim837 c = v.claim();
            if (previousProvider == null || !previousProvider.billingProvider().equals(c.billingProvider())) {
                providerHl = ++hl;
                w.start("HL").add(providerHl).add(2).add("19").add("1").end();
                var bp = c.billingProvider();
                w.start("NM1").add("85").add(bp.entityType()).add(bp.name()).add(bp.firstName()).add((String) null)
                        .add((String) null).add((String) null).add("XX").add(bp.npi()).end();
                previousProvider = c;
            }
            w.start("HL").add(++hl).add(providerHl).add("PT").end();
            var s = c.subscriber();
            w.start("NM1").add("QC").add("1").add(s.lastName()).add(s.firstName()).add((String) null)
                    .add((String) null).add((String) null).add("MI").add(s.memberId()).end();
            w.start("TRN").add("2").add(c.claim().patientControlNumber()).end();
            w.start("STC").composite(v.category(), v.status(), v.entity()).add(t.toLocalDate())
                    .add(v.accepted() ? "WQ" : "U").add(c.claim().totalCharge()).end();
            if (v.payerClaimNumber() != null) {
                w.start("REF").add("1K").add(v.payerClaimNumber()).end();
            }
            var first = c.claim().lines().get(0).serviceDate();
            w.start("DTP").add("472").add("D8").add(first).end();
        }
        env.endSet();
        env.close();
    }
}
