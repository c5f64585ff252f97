package org.rcm.sandbox.x12;

import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.SegmentWriter;
import org.rcm.platform.x12.eligibility.EligibilityInquiry;
import org.rcm.sandbox.engine.Scenario;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes a 271 (005010X279A1) answering one 270 with platform/x12's envelope and segment writers (platform/x12 has
 * no 271 writer). Behavioural-health benefits (service type MH / A4 / 30): active or inactive coverage, copay,
 * coinsurance and deductible remaining; AAA 42 at the payer level when the payer cannot answer and AAA 72 at the
 * subscriber level for an unknown member id.
 */
public final class Eligibility271Writer {
    public static final String VERSION = "005010X279A1";

    private Eligibility271Writer() {
    }

    public static void write(OutputStream out, InterchangeEnvelope envelope, String stControl,
                             EligibilityInquiry q, Scenario.PayerRules payer, Scenario.Member member,
                             LocalDate today) {
        EnvelopeWriter env = new EnvelopeWriter(out, envelope, "HB", VERSION);
        env.beginSet("271", stControl);
        SegmentWriter w = env.segments();
        LocalDateTime t = envelope.timestamp();
        w.start("BHT").add("0022").add("11").add(q.traceNumber()).add(t.toLocalDate())
                .add(String.format("%02d%02d", t.getHour(), t.getMinute())).end();
        w.start("HL").add(1).add((String) null).add("20").add("1").end();
        String payerName = payer == null ? q.source().name() : payer.name();
        String payerId = payer == null ? q.source().id() : payer.payerId();
        w.start("NM1").add("PR").add("2").add(payerName).add((String) null).add((String) null).add((String) null)
                .add((String) null).add("PI").add(payerId).end();
        if (payer == null || payer.eligibilityDown()) {
            w.start("AAA").add("N").add((String) null).add("42").add("R").end();
            env.endSet();
            env.close();
            return;
        }
        w.start("HL").add(2).add(1).add("21").add("1").end();
        var r = q.receiver();
        w.start("NM1").add("1P").add(r.entityType()).add(r.name()).add(r.firstName()).add((String) null)
                .add((String) null).add((String) null).add(r.idQualifier()).add(r.id()).end();
        w.start("HL").add(3).add(2).add("22").add("0").end();
        w.start("TRN").add("2").add(q.traceNumber()).add("9SANDBOXCH").end();
        var s = q.subscriber();
        w.start("NM1").add("IL").add("1").add(s.lastName()).add(s.firstName()).add((String) null)
                .add((String) null).add((String) null).add("MI").add(s.memberId()).end();
        if (member == null) {
            w.start("AAA").add("N").add((String) null).add("72").add("C").end();
            env.endSet();
            env.close();
            return;
        }
        if (s.birthDate() != null) {
            w.start("DMG").add("D8").add(s.birthDate()).add(s.gender()).end();
        }
        LocalDate date = q.serviceDate() != null ? q.serviceDate() : today;
        w.start("DTP").add("291").add("D8").add(date).end();
        List<String> types = List.of("30", "MH", "A4");
        if (!member.active()) {
            w.start("EB").add("6").add("IND").repeated(types).add("HM").add(member.planName()).end();
            env.endSet();
            env.close();
            return;
        }
        w.start("EB").add("1").add("IND").repeated(types).add("HM").add(member.planName()).end();
        w.start("EB").add("B").add("IND").add("MH").add("HM").add((String) null).add("27").add(member.copay())
                .add((String) null).add((String) null).add((String) null).add((String) null).add("Y").end();
        w.start("EB").add("A").add("IND").add("MH").add("HM").add((String) null).add("27").add((String) null)
                .add(member.coinsurancePercent().movePointLeft(2)).add((String) null).add((String) null)
                .add((String) null).add("Y").end();
        w.start("EB").add("C").add("IND").add("MH").add("HM").add((String) null).add("29")
                .add(member.deductibleRemaining()).add((String) null).add((String) null).add((String) null)
                .add((String) null).add("Y").end();
        if (payer.sessionLimit() != null && payer.sessionLimit() > 0) {
            w.start("EB").add("F").add("IND").add("MH").add("HM").add((String) null).add("29").add((String) null)
                    .add((String) null).add("VS").add(Math.max(0, payer.sessionLimit() - member.sessionsUsed()))
                    .end();
        }
        env.endSet();
        env.close();
    }
}
