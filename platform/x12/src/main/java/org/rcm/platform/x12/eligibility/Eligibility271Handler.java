package org.rcm.platform.x12.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rcm.platform.x12.Segment;
import org.rcm.platform.x12.SetContext;
import org.rcm.platform.x12.TransactionHandler;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.model.Reference;
import org.rcm.platform.x12.model.Segments;

/** Turns the segments of one 271 into records. */
final class Eligibility271Handler implements TransactionHandler {
    private final Eligibility271Listener listener;
    private String level;
    private Party source;
    private final List<RejectReason> sourceErrors = new ArrayList<>();
    private Party receiver;
    private final List<RejectReason> receiverErrors = new ArrayList<>();
    private MemberBuilder subscriber;
    private MemberBuilder dependent;
    private final List<EligibilityMember> dependents = new ArrayList<>();
    private boolean delivered;
    private boolean sawBht;

    private BenefitBuilder benefit;
    private boolean in2120;

    Eligibility271Handler(Eligibility271Listener listener) {
        this.listener = listener;
    }

    @Override
    public void segment(SetContext ctx, Segment s) {
        switch (s.id()) {
            case "BHT" -> sawBht = true;
            case "HL" -> hl(ctx, s);
            case "NM1" -> nm1(s);
            case "N3", "N4" -> {
                MemberBuilder m = member();
                if (m != null && benefit == null && m.party != null) {
                    m.party = m.party.withAddress(s.id().equals("N3") ? Segments.n3(m.party.address(), s)
                            : Segments.n4(m.party.address(), s));
                }
            }
            case "REF" -> {
                Reference r = Segments.ref(s);
                if (benefit != null) {
                    benefit.references.add(r);
                } else if (member() != null && member().party != null) {
                    member().party = member().party.withReference(r);
                }
            }
            case "AAA" -> {
                RejectReason r = new RejectReason(ctx.required(s, 1), s.element(3), s.element(4));
                if (member() != null) {
                    member().errors.add(r);
                } else if ("21".equals(level)) {
                    receiverErrors.add(r);
                } else {
                    sourceErrors.add(r);
                }
            }
            case "DMG" -> {
                MemberBuilder m = member();
                if (m != null) {
                    m.birthDate = ctx.date(s, 2, false);
                    m.gender = s.element(3);
                }
            }
            case "INS" -> {
                if (member() != null) {
                    member().relationship = s.element(2);
                }
            }
            case "TRN" -> {
                if (member() != null) {
                    member().traces.add(ctx.required(s, 2));
                }
            }
            case "DTP" -> {
                LocalDate[] d = ctx.dateOrRange(s, 2, 3);
                DateValue v = new DateValue(s.element(1), d[0], d[1]);
                if (benefit != null) {
                    benefit.dates.add(v);
                } else if (member() != null) {
                    member().dates.add(v);
                }
            }
            case "EB" -> eb(ctx, s);
            case "MSG" -> {
                if (benefit != null) {
                    benefit.messages.add(s.element(1));
                }
            }
            case "LS" -> in2120 = true;
            case "LE" -> in2120 = false;
            default -> {
            }
        }
    }

    private MemberBuilder member() {
        if ("23".equals(level)) {
            return dependent;
        }
        return "22".equals(level) ? subscriber : null;
    }

    private void hl(SetContext ctx, Segment s) {
        flushBenefit();
        level = ctx.required(s, 3);
        if (dependent != null) {
            dependents.add(dependent.build());
            dependent = null;
        }
        switch (String.valueOf(level)) {
            case "20", "21" -> flushResponse(ctx);
            case "22" -> {
                flushResponse(ctx);
                subscriber = new MemberBuilder();
            }
            case "23" -> dependent = new MemberBuilder();
            default -> {
            }
        }
    }

    private void nm1(Segment s) {
        Party p = Segments.nm1(s);
        if (in2120 && benefit != null) {
            benefit.related.add(p);
            return;
        }
        if (level == null) {
            return;
        }
        switch (level) {
            case "20" -> source = p;
            case "21" -> receiver = p;
            case "22", "23" -> {
                if (member() != null) {
                    member().party = p;
                }
            }
            default -> {
            }
        }
    }

    private void eb(SetContext ctx, Segment s) {
        MemberBuilder m = member();
        if (m == null) {
            ctx.segmentError(s, "2", "EB outside a subscriber or dependent loop");
            return;
        }
        flushBenefit();
        in2120 = false;
        BenefitBuilder b = new BenefitBuilder();
        b.info = ctx.required(s, 1);
        b.coverage = s.element(2);
        b.serviceTypes = List.copyOf(s.repetitions(3));
        b.insuranceType = s.element(4);
        b.plan = s.element(5);
        b.period = s.element(6);
        b.amount = ctx.decimal(s, 7, false);
        b.percent = ctx.decimal(s, 8, false);
        b.quantityQualifier = s.element(9);
        b.quantity = ctx.decimal(s, 10, false);
        b.auth = s.element(11);
        b.network = s.element(12);
        b.procedure = s.component(13, 2);
        b.owner = m;
        benefit = b;
    }

    private void flushBenefit() {
        BenefitBuilder b = benefit;
        if (b != null) {
            b.owner.benefits.add(new Benefit(b.info, b.coverage, b.serviceTypes, b.insuranceType, b.plan, b.period,
                    b.amount, b.percent, b.quantityQualifier, b.quantity, b.auth, b.network, b.procedure,
                    List.copyOf(b.dates), List.copyOf(b.references), List.copyOf(b.messages),
                    List.copyOf(b.related)));
            benefit = null;
        }
        in2120 = false;
    }

    private void flushResponse(SetContext ctx) {
        if (subscriber == null) {
            return;
        }
        listener.onResponse(new EligibilityResponse(ctx.controlNumber(), source, List.copyOf(sourceErrors), receiver,
                List.copyOf(receiverErrors), subscriber.build(), List.copyOf(dependents)));
        delivered = true;
        subscriber = null;
        dependents.clear();
    }

    @Override
    public void end(SetContext ctx, boolean trailerSeen) {
        if (!trailerSeen) {
            return;
        }
        flushBenefit();
        if (dependent != null) {
            dependents.add(dependent.build());
            dependent = null;
        }
        flushResponse(ctx);
        if (!delivered) {
            listener.onResponse(new EligibilityResponse(ctx.controlNumber(), source, List.copyOf(sourceErrors),
                    receiver, List.copyOf(receiverErrors), null, List.of()));
        }
        if (!sawBht) {
            ctx.missingSegment("BHT", "271 has no BHT beginning of hierarchical transaction");
        }
    }

    private static final class BenefitBuilder {
        MemberBuilder owner;
        String info;
        String coverage;
        List<String> serviceTypes;
        String insuranceType;
        String plan;
        String period;
        BigDecimal amount;
        BigDecimal percent;
        String quantityQualifier;
        BigDecimal quantity;
        String auth;
        String network;
        String procedure;
        final List<DateValue> dates = new ArrayList<>(0);
        final List<Reference> references = new ArrayList<>(0);
        final List<String> messages = new ArrayList<>(0);
        final List<Party> related = new ArrayList<>(0);
    }
}
