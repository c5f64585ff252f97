package org.rcm.platform.x12;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rcm.platform.x12.model.Adjustment;
import org.rcm.platform.x12.model.Amount;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.remit.ClaimPayment;
import org.rcm.platform.x12.remit.RemarkCode;
import org.rcm.platform.x12.remit.ServicePayment;

/** Writes balanced random 835s and remembers the records a reader must give back. */
final class Remit835Fixture {
    final List<ClaimPayment> expected = new ArrayList<>();
    private final RandomClaims g;

    Remit835Fixture(long seed) {
        this.g = new RandomClaims(seed);
    }

    byte[] write(InterchangeEnvelope env, int claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnvelopeWriter e = new EnvelopeWriter(out, env, "HP", "005010X221A1");
        SegmentWriter w = e.segments();
        List<ClaimPayment> batch = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < claims; i++) {
            ClaimPayment c = claim();
            batch.add(c);
            total = total.add(c.paidAmount());
        }
        e.beginSet("835", "0001");
        w.start("BPR").add("I").add(total).add("C").add("CHK");
        for (int k = 5; k < 16; k++) {
            w.add((String) null);
        }
        w.add(LocalDate.of(2024, 3, 1)).end();
        w.start("TRN").add("1").add("CHK" + g.digits(6)).add("1" + g.digits(9)).end();
        w.start("N1").add("PR").add("PAYER " + g.word(3, 6)).end();
        w.start("N1").add("PE").add("CLINIC").add("XX").add(g.digits(10)).end();
        w.start("LX").add("1").end();
        for (ClaimPayment c : batch) {
            w.start("CLP").add(c.patientControlNumber()).add(c.statusCode()).add(c.chargeAmount())
                    .add(c.paidAmount()).add(c.patientResponsibility()).add(c.filingIndicator())
                    .add(c.payerClaimControlNumber()).add(c.facilityTypeCode()).add(c.frequencyCode()).end();
            Party p = c.names().get(0);
            w.start("NM1").add("QC").add("1").add(p.name()).add(p.firstName()).add((String) null).add((String) null)
                    .add((String) null).add("MI").add(p.id()).end();
            for (ServicePayment s : c.services()) {
                String[] comp = new String[2 + s.modifiers().size()];
                comp[0] = "HC";
                comp[1] = s.procedureCode();
                for (int k = 0; k < s.modifiers().size(); k++) {
                    comp[2 + k] = s.modifiers().get(k);
                }
                w.start("SVC").composite(comp).add(s.chargeAmount()).add(s.paidAmount()).add((String) null)
                        .add(s.units()).end();
                w.start("DTM").add("472").add(s.dates().get(0).date()).end();
                for (Adjustment a : s.adjustments()) {
                    w.start("CAS").add(a.group()).add(a.reason()).add(a.amount()).end();
                }
                if (s.lineItemControlNumber() != null) {
                    w.start("REF").add("6R").add(s.lineItemControlNumber()).end();
                }
                w.start("AMT").add("B6").add(s.amounts().get(0).amount()).end();
                for (RemarkCode rc : s.remarks()) {
                    w.start("LQ").add(rc.qualifier()).add(rc.code()).end();
                }
            }
        }
        e.endSet();
        e.close();
        expected.addAll(batch);
        return out.toByteArray();
    }

    private ClaimPayment claim() {
        List<ServicePayment> services = new ArrayList<>();
        BigDecimal charge = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal pr = BigDecimal.ZERO;
        int n = 1 + g.digits(1).charAt(0) % 4;
        for (int i = 0; i < n; i++) {
            BigDecimal ch = g.money(300).add(BigDecimal.valueOf(60));
            BigDecimal co = g.money(30);
            BigDecimal pat = g.money(20);
            BigDecimal pd = Amounts.canonical(ch.subtract(co).subtract(pat));
            List<Adjustment> adj = List.of(new Adjustment("CO", "45", co, null), new Adjustment("PR", "2", pat, null));
            List<String> mods = g.maybe("x") == null ? List.of() : List.of("HO");
            services.add(new ServicePayment("HC", "90837", mods, Amounts.canonical(ch), pd, null,
                    Amounts.canonical(BigDecimal.ONE), null, List.of(new DateValue("472", g.date(), null)), adj,
                    g.maybe("L" + g.digits(6)), List.of(), List.of(new Amount("B6", Amounts.canonical(ch.subtract(co)))),
                    List.of(), g.maybe("x") == null ? List.of() : List.of(new RemarkCode("HE", "N14"))));
            charge = charge.add(ch);
            paid = paid.add(pd);
            pr = pr.add(pat);
        }
        return new ClaimPayment("0001", "1", "PCN" + g.digits(8), "1", Amounts.canonical(charge),
                Amounts.canonical(paid), Amounts.canonical(pr), "12", "PY" + g.digits(10), "11", "1", List.of(),
                List.of(new Party("QC", g.word(3, 9), g.word(3, 9), null, "MI", "M" + g.digits(8), null, List.of())),
                null, null, List.of(), List.of(), List.of(), List.of(), List.copyOf(services));
    }
}
