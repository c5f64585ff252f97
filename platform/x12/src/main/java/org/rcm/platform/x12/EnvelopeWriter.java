package org.rcm.platform.x12;

import java.io.OutputStream;
import java.time.LocalDateTime;

/**
 * Writes ISA/GS/ST ... SE/GE/IEA around content written by a transaction writer, with exact SE01, GE01
 * and IEA01 counts. One interchange with one functional group; any number of transaction sets.
 */
public final class EnvelopeWriter {
    private final SegmentWriter w;
    private final InterchangeEnvelope env;
    private final String functionalId;
    private final String version;
    private boolean headerWritten;
    private String setControl;
    private int sets;
    private boolean closed;

    public EnvelopeWriter(OutputStream out, InterchangeEnvelope env, String functionalId, String version) {
        this.w = new SegmentWriter(out, env.delimiters());
        this.env = env;
        this.functionalId = functionalId;
        this.version = version;
    }

    /** The segment writer for the content of the current transaction set. */
    public SegmentWriter segments() {
        return w;
    }

    /** Writes ISA and GS (first time) and ST; the count starts at the ST. */
    public void beginSet(String transactionSetId, String controlNumber) {
        if (closed) {
            throw new IllegalStateException("interchange already closed");
        }
        if (setControl != null) {
            throw new IllegalStateException("transaction set " + setControl + " not ended");
        }
        if (controlNumber == null || controlNumber.length() < 4 || controlNumber.length() > 9) {
            throw new IllegalArgumentException("ST02 must be 4 to 9 characters");
        }
        if (!headerWritten) {
            writeIsa();
            LocalDateTime t = env.timestamp();
            w.start("GS").add(functionalId).add(env.applicationSender()).add(env.applicationReceiver())
                    .add(t.toLocalDate()).add(two(t.getHour()) + two(t.getMinute()))
                    .add(Long.toString(env.groupControlNumber())).add("X").add(version).end();
            headerWritten = true;
        }
        w.resetCount();
        w.start("ST").add(transactionSetId).add(controlNumber).add(version).end();
        setControl = controlNumber;
    }

    /** Writes SE with the exact segment count. */
    public void endSet() {
        if (setControl == null) {
            throw new IllegalStateException("no transaction set open");
        }
        int n = w.count() + 1;
        w.start("SE").add(n).add(setControl).end();
        setControl = null;
        sets++;
    }

    /** Writes GE and IEA (ending an open set first) and flushes. */
    public void close() {
        if (closed) {
            return;
        }
        if (setControl != null) {
            endSet();
        }
        if (headerWritten) {
            w.start("GE").add(sets).add(Long.toString(env.groupControlNumber())).end();
            w.start("IEA").add(1).add(nine(env.interchangeControlNumber())).end();
        }
        closed = true;
        w.flush();
    }

    private void writeIsa() {
        writeIsa(w, env, env.senderQualifier(), env.senderId(), env.receiverQualifier(), env.receiverId());
    }

    /** Writes a fixed-width 00501 ISA (00401 when the delimiters have no repetition separator). */
    public static void writeIsa(SegmentWriter w, InterchangeEnvelope env, String sq, String sid, String rq, String rid) {
        Delimiters d = env.delimiters();
        LocalDateTime t = env.timestamp();
        char e = d.element();
        StringBuilder b = new StringBuilder(106);
        b.append("ISA").append(e).append("00").append(e).append(" ".repeat(10)).append(e).append("00").append(e)
                .append(" ".repeat(10)).append(e).append(pad(sq, 2)).append(e).append(pad(sid, 15)).append(e)
                .append(pad(rq, 2)).append(e).append(pad(rid, 15)).append(e)
                .append(two(t.getYear() % 100)).append(two(t.getMonthValue())).append(two(t.getDayOfMonth()))
                .append(e).append(two(t.getHour())).append(two(t.getMinute())).append(e)
                .append(d.repetition() == 0 ? 'U' : d.repetition()).append(e)
                .append(d.repetition() == 0 ? "00401" : "00501").append(e)
                .append(nine(env.interchangeControlNumber())).append(e)
                .append(env.acknowledgmentRequested() ? '1' : '0').append(e).append(env.production() ? 'P' : 'T')
                .append(e).append(d.component()).append(d.segment()).append(d.suffix());
        w.raw(b.toString());
    }

    public static String nine(long n) {
        String s = Long.toString(n);
        return "0".repeat(9 - s.length()) + s;
    }

    static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String pad(String s, int n) {
        if (s.length() > n) {
            throw new IllegalArgumentException("ISA value longer than " + n);
        }
        return s + " ".repeat(n - s.length());
    }
}
