package org.rcm.platform.x12.ack;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.Finding;
import org.rcm.platform.x12.GroupOutcome;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.Level;
import org.rcm.platform.x12.SegmentWriter;
import org.rcm.platform.x12.SetOutcome;

/**
 * Generates a 999 (005010X231A1) for an inbound functional group from its {@link GroupOutcome}: one AK2 per
 * transaction set with IK3/IK4 for segment and element findings, IK5 with the set verdict, and AK9.
 */
public final class Ack999Writer {
    public static final String VERSION = "005010X231A1";

    private Ack999Writer() {
    }

    /**
     * Writes a whole interchange holding one 999 per group given.
     *
     * @param envelope                 our envelope (sender = us), control numbers chosen by the caller
     * @param transactionControlNumber ST02 of the first 999; following ones get consecutive numbers
     */
    public static void write(OutputStream out, InterchangeEnvelope envelope, String transactionControlNumber,
                             List<GroupOutcome> groups) {
        EnvelopeWriter env = new EnvelopeWriter(out, envelope, "FA", VERSION);
        long st = Long.parseLong(transactionControlNumber);
        int width = transactionControlNumber.length();
        for (GroupOutcome g : groups) {
            String ctl = String.format("%0" + width + "d", st++);
            env.beginSet("999", ctl);
            body(env.segments(), g);
            env.endSet();
        }
        env.close();
    }

    /** Writes AK1..AK9 (the body of one 999) for a group. */
    public static void body(SegmentWriter w, GroupOutcome g) {
        w.start("AK1").add(g.functionalId()).add(g.controlNumber()).add(g.version()).end();
        for (SetOutcome s : g.sets()) {
            w.start("AK2").add(s.transactionSetId()).add(s.controlNumber()).add(s.implementationReference()).end();
            Map<String, List<Finding>> bySegment = new LinkedHashMap<>();
            for (Finding f : s.findings()) {
                if (f.level() == Level.IK3 || f.level() == Level.IK4) {
                    bySegment.computeIfAbsent(f.setPosition() + "/" + f.segmentId(), k -> new ArrayList<>()).add(f);
                }
            }
            for (List<Finding> fs : bySegment.values()) {
                Finding first = fs.get(0);
                String ik304 = fs.stream().filter(f -> f.level() == Level.IK3).map(Finding::code).findFirst()
                        .orElse("8");
                w.start("IK3").add(first.segmentId() == null ? "UNK" : first.segmentId())
                        .add(Math.max(1, first.setPosition())).add((String) null).add(ik304).end();
                for (Finding f : fs) {
                    if (f.level() == Level.IK4) {
                        w.start("IK4").composite(Integer.toString(Math.max(1, f.element())),
                                f.component() > 0 ? Integer.toString(f.component()) : null)
                                .add((String) null).add(f.code()).end();
                    }
                }
            }
            w.start("IK5").add(s.ik5Status());
            for (String c : s.ik5Codes()) {
                w.add(c);
            }
            w.end();
        }
        w.start("AK9").add(g.ak9Status()).add(g.declaredSets() >= 0 ? g.declaredSets() : g.sets().size())
                .add(g.sets().size()).add((int) g.acceptedSets());
        for (String c : g.ak9Codes()) {
            w.add(c);
        }
        w.end();
    }
}
