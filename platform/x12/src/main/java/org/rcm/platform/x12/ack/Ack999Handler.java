package org.rcm.platform.x12.ack;

import java.util.ArrayList;
import java.util.List;
import org.rcm.platform.x12.Segment;
import org.rcm.platform.x12.SetContext;
import org.rcm.platform.x12.TransactionHandler;
import org.rcm.platform.x12.Values;

/** Turns the segments of one 999 into records. */
final class Ack999Handler implements TransactionHandler {
    private final Ack999Listener listener;
    private String ak101;
    private String ak102;
    private String ak103;
    private boolean sawAk1;
    private boolean sawAk9;

    private String ak201;
    private String ak202;
    private String ak203;
    private boolean inAk2;
    private final List<SegmentError> segmentErrors = new ArrayList<>();
    private SegmentBuilder seg;

    Ack999Handler(Ack999Listener listener) {
        this.listener = listener;
    }

    @Override
    public void segment(SetContext ctx, Segment s) {
        switch (s.id()) {
            case "AK1" -> {
                sawAk1 = true;
                ak101 = ctx.required(s, 1);
                ak102 = ctx.required(s, 2);
                ak103 = s.element(3);
            }
            case "AK2" -> {
                if (inAk2) {
                    ctx.missingSegment("IK5", "AK2 loop ends without IK5");
                    flushSet(ctx, null, List.of());
                }
                inAk2 = true;
                ak201 = ctx.required(s, 1);
                ak202 = ctx.required(s, 2);
                ak203 = s.element(3);
            }
            case "IK3" -> {
                flushSegment();
                if (!inAk2) {
                    ctx.segmentError(s, "2", "IK3 outside an AK2 loop");
                    return;
                }
                seg = new SegmentBuilder();
                seg.id = ctx.required(s, 1);
                seg.position = integer(ctx, s, 2);
                seg.loop = s.element(3);
                seg.code = s.element(4);
            }
            case "CTX" -> {
                if (seg != null) {
                    seg.contexts.add(s.element(1));
                }
            }
            case "IK4" -> {
                if (seg == null) {
                    ctx.segmentError(s, "2", "IK4 outside an IK3 loop");
                    return;
                }
                int pos = 0;
                int comp = 0;
                int rep = 0;
                String p = s.component(1, 1);
                if (Values.allDigits(p) && p.length() < 9) {
                    pos = Integer.parseInt(p);
                } else {
                    ctx.elementError(s, 1, 1, p == null ? "1" : "6", "IK401-1 element position is missing or invalid");
                }
                String c = s.component(1, 2);
                if (Values.allDigits(c) && c.length() < 9) {
                    comp = Integer.parseInt(c);
                }
                String r = s.component(1, 3);
                if (Values.allDigits(r) && r.length() < 9) {
                    rep = Integer.parseInt(r);
                }
                seg.elements.add(new ElementError(pos, comp, rep, s.element(2), ctx.required(s, 3), s.element(4)));
            }
            case "IK5" -> {
                if (!inAk2) {
                    ctx.segmentError(s, "2", "IK5 outside an AK2 loop");
                    return;
                }
                String status = ctx.required(s, 1);
                flushSet(ctx, status, codes(s, 2, 6));
            }
            case "AK9" -> {
                if (inAk2) {
                    ctx.missingSegment("IK5", "AK2 loop ends without IK5");
                    flushSet(ctx, null, List.of());
                }
                sawAk9 = true;
                listener.onGroup(new GroupAcknowledgment(ctx.controlNumber(), ak101, ak102, ak103,
                        ctx.required(s, 1), integer(ctx, s, 2), integer(ctx, s, 3), integer(ctx, s, 4),
                        codes(s, 5, 9)));
            }
            default -> {
            }
        }
    }

    @Override
    public void end(SetContext ctx, boolean trailerSeen) {
        if (!trailerSeen) {
            return;
        }
        if (inAk2) {
            ctx.missingSegment("IK5", "AK2 loop ends without IK5");
            flushSet(ctx, null, List.of());
        }
        if (!sawAk1) {
            ctx.missingSegment("AK1", "999 has no AK1 functional group response header");
        }
        if (!sawAk9) {
            ctx.missingSegment("AK9", "999 has no AK9 functional group response trailer");
        }
    }

    private void flushSegment() {
        if (seg != null) {
            segmentErrors.add(new SegmentError(seg.id, seg.position, seg.loop, seg.code, List.copyOf(seg.contexts),
                    List.copyOf(seg.elements)));
            seg = null;
        }
    }

    private void flushSet(SetContext ctx, String status, List<String> codes) {
        flushSegment();
        listener.onSet(new SetAcknowledgment(ctx.controlNumber(), ak101, ak102, ak103, ak201, ak202, ak203, status,
                codes, List.copyOf(segmentErrors)));
        segmentErrors.clear();
        inAk2 = false;
    }

    private static int integer(SetContext ctx, Segment s, int i) {
        String v = s.element(i);
        if (v == null) {
            ctx.elementError(s, i, 0, "1", s.id() + " element " + i + " is required");
            return 0;
        }
        if (!Values.allDigits(v) || v.length() > 9) {
            ctx.elementError(s, i, 0, "6", s.id() + " element " + i + " is not a whole number");
            return 0;
        }
        return Integer.parseInt(v);
    }

    private static List<String> codes(Segment s, int from, int to) {
        List<String> out = new ArrayList<>(2);
        for (int i = from; i <= to; i++) {
            String v = s.element(i);
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private static final class SegmentBuilder {
        String id;
        int position;
        String loop;
        String code;
        final List<String> contexts = new ArrayList<>(1);
        final List<ElementError> elements = new ArrayList<>(1);
    }
}
