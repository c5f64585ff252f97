package org.rcm.platform.x12.eligibility;

import java.io.OutputStream;
import java.time.LocalDateTime;
import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.SegmentWriter;

/**
 * Writes 270 eligibility inquiries (005010X279A1). Each inquiry gets its own HL 20/21/22(/23) chain.
 * Same life cycle as {@code Claim837Writer}: begin, write..., end, close.
 */
public final class Inquiry270Writer implements AutoCloseable {
    public static final String VERSION = "005010X279A1";

    private final EnvelopeWriter env;
    private final SegmentWriter w;
    private int hl;
    private boolean open;

    public Inquiry270Writer(OutputStream out, InterchangeEnvelope envelope) {
        this.env = new EnvelopeWriter(out, envelope, "HS", VERSION);
        this.w = env.segments();
    }

    public void begin(String transactionControlNumber, String reference, LocalDateTime created) {
        env.beginSet("270", transactionControlNumber);
        open = true;
        hl = 0;
        w.start("BHT").add("0022").add("13").add(reference).add(created.toLocalDate())
                .add(String.format("%02d%02d", created.getHour(), created.getMinute())).end();
    }

    public void write(EligibilityInquiry q) {
        if (!open) {
            throw new IllegalStateException("begin() first");
        }
        if (q.serviceTypes().isEmpty()) {
            throw new IllegalArgumentException("an inquiry needs at least one service type code");
        }
        int source = ++hl;
        w.start("HL").add(source).add((String) null).add("20").add("1").end();
        party("PR", q.source());
        int receiver = ++hl;
        w.start("HL").add(receiver).add(source).add("21").add("1").end();
        party("1P", q.receiver());
        int sub = ++hl;
        boolean dep = q.dependent() != null;
        w.start("HL").add(sub).add(receiver).add("22").add(dep ? "1" : "0").end();
        if (!dep) {
            trn(q);
        }
        subject("IL", q.subscriber());
        if (!dep) {
            tail(q);
            return;
        }
        int d = ++hl;
        w.start("HL").add(d).add(sub).add("23").add("0").end();
        trn(q);
        subject("03", q.dependent());
        tail(q);
    }

    public void end() {
        if (open) {
            env.endSet();
            open = false;
        }
    }

    @Override
    public void close() {
        end();
        env.close();
    }

    private void party(String entity, InquiryParty p) {
        w.start("NM1").add(entity).add(p.entityType()).add(p.name()).add(p.firstName()).add((String) null)
                .add((String) null).add((String) null).add(p.idQualifier()).add(p.id()).end();
    }

    private void trn(EligibilityInquiry q) {
        w.start("TRN").add("1").add(q.traceNumber()).add(q.traceOriginator()).end();
    }

    private void subject(String entity, InquirySubject s) {
        w.start("NM1").add(entity).add("1").add(s.lastName()).add(s.firstName()).add((String) null)
                .add((String) null).add((String) null).add(s.memberId() == null ? null : "MI").add(s.memberId())
                .end();
        if (s.birthDate() != null) {
            w.start("DMG").add("D8").add(s.birthDate()).add(s.gender()).end();
        }
    }

    private void tail(EligibilityInquiry q) {
        if (q.serviceDate() != null) {
            w.start("DTP").add("291").add("D8").add(q.serviceDate()).end();
        }
        w.start("EQ").repeated(q.serviceTypes()).end();
    }
}
