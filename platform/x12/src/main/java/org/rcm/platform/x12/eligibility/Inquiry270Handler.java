package org.rcm.platform.x12.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.rcm.platform.x12.Segment;
import org.rcm.platform.x12.SetContext;
import org.rcm.platform.x12.TransactionHandler;

/** Turns the segments of one 270 into {@link EligibilityInquiry} records. */
final class Inquiry270Handler implements TransactionHandler {
    private final Inquiry270Listener listener;
    private String level;
    private InquiryParty source;
    private InquiryParty receiver;
    private InquirySubject subscriber;
    private InquirySubject dependent;
    private String trace;
    private String originator;
    private List<String> serviceTypes;
    private LocalDate date;
    private boolean sawBht;

    Inquiry270Handler(Inquiry270Listener listener) {
        this.listener = listener;
    }

    @Override
    public void segment(SetContext ctx, Segment s) {
        switch (s.id()) {
            case "BHT" -> sawBht = true;
            case "HL" -> {
                flush(ctx);
                level = ctx.required(s, 3);
                if ("22".equals(level)) {
                    subscriber = null;
                }
                dependent = null;
            }
            case "NM1" -> {
                InquiryParty p = new InquiryParty(s.element(2), s.element(3), s.element(4), s.element(8), s.element(9));
                switch (String.valueOf(level)) {
                    case "20" -> source = p;
                    case "21" -> receiver = p;
                    case "22" -> subscriber = new InquirySubject(s.element(3), s.element(4), s.element(9), null, null);
                    case "23" -> dependent = new InquirySubject(s.element(3), s.element(4), s.element(9), null, null);
                    default -> {
                    }
                }
            }
            case "DMG" -> {
                LocalDate dob = ctx.date(s, 2, false);
                if ("22".equals(level) && subscriber != null) {
                    subscriber = new InquirySubject(subscriber.lastName(), subscriber.firstName(),
                            subscriber.memberId(), dob, s.element(3));
                } else if ("23".equals(level) && dependent != null) {
                    dependent = new InquirySubject(dependent.lastName(), dependent.firstName(), dependent.memberId(),
                            dob, s.element(3));
                }
            }
            case "TRN" -> {
                trace = ctx.required(s, 2);
                originator = s.element(3);
            }
            case "DTP" -> {
                if (s.is(1, "291")) {
                    date = ctx.dateOrRange(s, 2, 3)[0];
                }
            }
            case "EQ" -> serviceTypes = List.copyOf(s.repetitions(1));
            default -> {
            }
        }
    }

    private void flush(SetContext ctx) {
        if (serviceTypes != null && ("22".equals(level) || "23".equals(level))) {
            if (subscriber == null) {
                ctx.missingSegment("NM1", "270 inquiry has no subscriber (NM1*IL)");
            }
            listener.onInquiry(new EligibilityInquiry(trace, originator, source, receiver, subscriber,
                    "23".equals(level) ? dependent : null, serviceTypes, date));
        }
        serviceTypes = null;
        trace = null;
        originator = null;
        date = null;
    }

    @Override
    public void end(SetContext ctx, boolean trailerSeen) {
        if (!trailerSeen) {
            return;
        }
        flush(ctx);
        if (!sawBht) {
            ctx.missingSegment("BHT", "270 has no BHT beginning of hierarchical transaction");
        }
    }
}
