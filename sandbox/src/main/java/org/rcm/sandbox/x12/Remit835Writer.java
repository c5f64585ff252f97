package org.rcm.sandbox.x12;

import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.SegmentWriter;
import org.rcm.platform.x12.model.Adjustment;
import org.rcm.sandbox.engine.Adjudication;
import org.rcm.sandbox.engine.Scenario;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes one balanced 835 (005010X221A1) per payer payment with platform/x12's envelope and segment writers
 * (platform/x12 has no 835 writer): BPR02 = Σ CLP04 − Σ PLB, CLP03 − CLP04 = Σ CAS, SVC02 − SVC03 = Σ CAS.
 */
public final class Remit835Writer {
    public static final String VERSION = "005010X221A1";

    private Remit835Writer() {
    }

    public record Payment(Scenario.PayerRules payer, String traceNumber, LocalDate paymentDate, String payeeName,
                          String payeeNpi, List<Adjudication> claims, List<Scenario.Plb> plb) {
        public BigDecimal total() {
            BigDecimal t = claims.stream().map(Adjudication::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (Scenario.Plb p : plb) {
                t = t.subtract(p.amount());
            }
            return t;
        }
    }

    public static void write(OutputStream out, InterchangeEnvelope envelope, String stControl, Payment p) {
        EnvelopeWriter env = new EnvelopeWriter(out, envelope, "HP", VERSION);
        env.beginSet("835", stControl);
        SegmentWriter w = env.segments();
        BigDecimal total = p.total();
        boolean pay = total.signum() > 0;
        w.start("BPR").add(pay ? "I" : "H").add(total).add("C").add(pay ? "CHK" : "NON");
        for (int i = 0; i < 11; i++) {
            w.add((String) null);
        }
        w.add(p.paymentDate()).end();
        w.start("TRN").add("1").add(p.traceNumber()).add(p.payer().taxId()).end();
        w.start("DTM").add("405").add(p.paymentDate()).end();
        w.start("N1").add("PR").add(p.payer().name()).add("XV").add(p.payer().payerId()).end();
        w.start("N1").add("PE").add(p.payeeName()).add("XX").add(p.payeeNpi()).end();
        w.start("LX").add(1).end();
        for (Adjudication a : p.claims()) {
            claim(w, a);
        }
        if (!p.plb().isEmpty()) {
            w.start("PLB").add(p.payeeNpi()).add(LocalDate.of(p.paymentDate().getYear(), 12, 31));
            for (Scenario.Plb item : p.plb()) {
                w.composite(item.reason(), item.reference()).add(item.amount());
            }
            w.end();
        }
        env.endSet();
        env.close();
    }

    private static void claim(SegmentWriter w, Adjudication a) {
        var c = a.claim();
        w.start("CLP").add(c.claim().patientControlNumber()).add(a.statusCode()).add(a.charge()).add(a.paid())
                .add(a.patientResponsibility().signum() == 0 ? null : a.patientResponsibility().toPlainString())
                .add("12").add(a.payerClaimNumber()).add(c.claim().placeOfService()).add("1").end();
        var s = c.subscriber();
        w.start("NM1").add("QC").add("1").add(s.lastName()).add(s.firstName()).add((String) null)
                .add((String) null).add((String) null).add("MI").add(s.memberId()).end();
        if (c.claim().renderingProvider() != null) {
            var r = c.claim().renderingProvider();
            w.start("NM1").add("82").add("1").add(r.lastName()).add(r.firstName()).add((String) null)
                    .add((String) null).add((String) null).add("XX").add(r.npi()).end();
        }
        LocalDate first = a.lines().isEmpty() ? null : a.lines().get(0).serviceDate();
        if (first != null) {
            w.start("DTM").add("232").add(first).end();
        }
        for (Adjudication.Line l : a.lines()) {
            List<String> m = l.modifiers();
            w.start("SVC").composite("HC", l.code(), get(m, 0), get(m, 1), get(m, 2), get(m, 3)).add(l.charge())
                    .add(l.paid()).add((String) null).add(l.units()).end();
            if (l.serviceDate() != null) {
                w.start("DTM").add("472").add(l.serviceDate()).end();
            }
            cas(w, l.adjustments());
            if (l.lineControlNumber() != null) {
                w.start("REF").add("6R").add(l.lineControlNumber()).end();
            }
            if (l.allowed() != null && l.allowed().signum() != 0) {
                w.start("AMT").add("B6").add(l.allowed()).end();
            }
            for (String r : l.remarks()) {
                w.start("LQ").add("HE").add(r).end();
            }
        }
    }

    private static void cas(SegmentWriter w, List<Adjustment> adjustments) {
        for (String group : List.of("CO", "PR", "OA", "PI")) {
            List<Adjustment> g = adjustments.stream().filter(a -> a.group().equals(group)).toList();
            for (int i = 0; i < g.size(); i += 6) {
                w.start("CAS").add(group);
                for (Adjustment a : g.subList(i, Math.min(g.size(), i + 6))) {
                    w.add(a.reason()).add(a.amount()).add(a.quantity());
                }
                w.end();
            }
        }
    }

    private static String get(List<String> l, int i) {
        return l != null && i < l.size() ? l.get(i) : null;
    }
}
