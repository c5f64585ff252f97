package org.rcm.eligibility;

import org.rcm.platform.x12.Delimiters;
import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.SegmentWriter;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds synthetic 271 interchanges for tests with platform/x12's segment writer: one subscriber (optionally a
 * dependent) answering a trace number. Elements: a String, a List (repeated element) or a String[] (composite).
 */
public final class Edi271 {
    private final String trace;
    private final List<Object[]> source = new ArrayList<>();
    private final List<Object[]> member = new ArrayList<>();
    private boolean subscriber = true;

    private Edi271(String trace) {
        this.trace = trace;
    }

    public static Edi271 answering(String trace) {
        return new Edi271(trace);
    }

    /** AAA in the payer loop (2100A), e.g. 42 unable to respond now. */
    public Edi271 sourceAaa(String code, String followUp) {
        source.add(new Object[]{"AAA", "N", null, code, followUp});
        subscriber = false;
        return this;
    }

    /** A segment in the subscriber loop (after NM1*IL): DTP, AAA, EB, MSG, LS/NM1/LE... */
    public Edi271 seg(Object... elements) {
        member.add(elements);
        return this;
    }

    public Edi271 eb(String info, String level, List<String> stc, String insType, String plan, String period,
                     String amount, String percent, String qtyQualifier, String qty, String auth, String network) {
        return seg("EB", info, level, stc, insType, plan, period, amount, percent, qtyQualifier, qty, auth, network);
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeEnvelope env = new InterchangeEnvelope("ZZ", "PAYERSIM", "ZZ", "RCM", "PAYERSIM", "RCM",
                LocalDateTime.of(2026, 11, 1, 9, 30), 101, 101, false, false, Delimiters.standard());
        EnvelopeWriter e = new EnvelopeWriter(out, env, "HB", "005010X279A1");
        SegmentWriter w = e.segments();
        e.beginSet("271", "0001");
        write(w, "BHT", "0022", "11", "REF1", "20261101", "0930");
        write(w, "HL", "1", null, "20", "1");
        write(w, "NM1", "PR", "2", "SIM PAYER", null, null, null, null, "PI", "PAYER1");
        source.forEach(s -> write(w, s));
        if (subscriber) {
            write(w, "HL", "2", "1", "21", "1");
            write(w, "NM1", "1P", "2", "SIM CLINIC", null, null, null, null, "XX", "1234567893");
            write(w, "HL", "3", "2", "22", "0");
            write(w, "TRN", "2", trace, "9RCMTEST01");
            write(w, "NM1", "IL", "1", "DOE", "JANE", null, null, null, "MI", "M100");
            write(w, "DMG", "D8", "19800101", "F");
            member.forEach(s -> write(w, s));
        }
        e.close();
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void write(SegmentWriter w, Object... el) {
        w.start((String) el[0]);
        for (int i = 1; i < el.length; i++) {
            Object v = el[i];
            if (v instanceof List<?> l) {
                w.repeated((List<String>) l);
            } else if (v instanceof String[] c) {
                w.composite(c);
            } else {
                w.add((String) v);
            }
        }
        w.end();
    }
}
