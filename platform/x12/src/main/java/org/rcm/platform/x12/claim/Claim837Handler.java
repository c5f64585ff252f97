package org.rcm.platform.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.rcm.platform.x12.Segment;
import org.rcm.platform.x12.SetContext;
import org.rcm.platform.x12.TransactionHandler;
import org.rcm.platform.x12.Values;
import org.rcm.platform.x12.model.Address;
import org.rcm.platform.x12.model.Adjustment;
import org.rcm.platform.x12.model.Segments;

/** Turns the segments of one 837P into {@link Claim837} records. */
final class Claim837Handler implements TransactionHandler {
    private final Claim837Listener listener;

    private String bhtRef;
    private LocalDateTime created;
    private Submitter submitter;
    private Receiver receiver;
    private boolean headerSent;
    private boolean sawBht;

    private String level;
    private String entity;

    // 2000A
    private String bpType;
    private String bpName;
    private String bpFirst;
    private String bpNpi;
    private String bpTaxonomy;
    private Address bpAddress;
    private String bpTaxId;
    private BillingProvider provider;

    // 2000B
    private String sbrResp;
    private String sbrGroup;
    private String sbrFiling;
    private String[] subName;
    private String subId;
    private Address subAddress;
    private LocalDate subDob;
    private String subGender;
    private String payerName;
    private String payerId;
    private Address payerAddress;

    // 2000C
    private String patRel;
    private String[] patName;
    private Address patAddress;
    private LocalDate patDob;
    private String patGender;
    private boolean hasPatient;

    // 2300
    private ClaimBuilder claim;

    Claim837Handler(Claim837Listener listener) {
        this.listener = listener;
    }

    @Override
    public void segment(SetContext ctx, Segment s) {
        switch (s.id()) {
            case "BHT" -> {
                sawBht = true;
                bhtRef = s.element(3);
                LocalDate d = ctx.date(s, 4, true);
                String t = s.element(5);
                LocalTime time = Values.isTime(t, 4, 8)
                        ? LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2, 4)))
                        : LocalTime.MIDNIGHT;
                created = d == null ? null : LocalDateTime.of(d, time);
            }
            case "HL" -> hl(ctx, s);
            case "PRV" -> {
                if (claim != null && claim.rendering != null && "82".equals(entity)) {
                    claim.rendering[3] = s.element(3);
                } else if ("20".equals(level) && claim == null) {
                    bpTaxonomy = s.element(3);
                }
            }
            case "NM1" -> nm1(s);
            case "PER" -> {
                if ("41".equals(entity) && submitter != null) {
                    submitter = new Submitter(submitter.name(), submitter.id(), s.element(2), s.element(4));
                }
            }
            case "N3", "N4" -> address(s);
            case "DMG" -> {
                LocalDate dob = ctx.date(s, 2, false);
                if ("IL".equals(entity) && claim == null) {
                    subDob = dob;
                    subGender = s.element(3);
                } else if ("QC".equals(entity)) {
                    patDob = dob;
                    patGender = s.element(3);
                }
            }
            case "REF" -> ref(s);
            case "SBR" -> sbr(ctx, s);
            case "PAT" -> patRel = s.element(1);
            case "CLM" -> clm(ctx, s);
            case "HI" -> hi(s);
            case "CAS" -> {
                if (claim != null) {
                    if (claim.line != null && claim.line.adjudication != null) {
                        Segments.cas(ctx, s, claim.line.adjudication.adjustments);
                    } else if (claim.other != null) {
                        Segments.cas(ctx, s, claim.other.adjustments);
                    }
                }
            }
            case "AMT" -> {
                if (claim != null && claim.other != null && claim.line == null && s.is(1, "D")) {
                    claim.other.paid = ctx.decimal(s, 2, true);
                }
            }
            case "DTP" -> dtp(ctx, s);
            case "LX" -> {
                if (claim == null) {
                    ctx.segmentError(s, "2", "LX outside a claim loop");
                    return;
                }
                claim.flushLine();
                claim.flushOther();
                claim.line = new LineBuilder();
            }
            case "SV1" -> sv1(ctx, s);
            case "SVD" -> svd(ctx, s);
            default -> {
            }
        }
    }

    private void hl(SetContext ctx, Segment s) {
        flushClaim(ctx);
        sendHeader(ctx);
        level = ctx.required(s, 3);
        entity = null;
        if ("20".equals(level)) {
            provider = null;
            bpType = bpName = bpFirst = bpNpi = bpTaxonomy = bpTaxId = null;
            bpAddress = null;
        } else if ("22".equals(level)) {
            sbrResp = sbrGroup = sbrFiling = subId = subGender = payerName = payerId = null;
            subName = null;
            subAddress = payerAddress = null;
            subDob = null;
            hasPatient = false;
        } else if ("23".equals(level)) {
            hasPatient = true;
            patRel = patGender = null;
            patName = null;
            patAddress = null;
            patDob = null;
        }
    }

    private void nm1(Segment s) {
        entity = s.element(1);
        String[] name = {s.element(3), s.element(4), s.element(5)};
        if (claim != null) {
            switch (String.valueOf(entity)) {
                case "82" -> claim.rendering = new String[] {name[0], name[1], s.element(9), null};
                case "IL" -> {
                    if (claim.other != null) {
                        claim.other.insured = new String[] {name[0], name[1], s.element(9)};
                    }
                }
                case "PR" -> {
                    if (claim.other != null) {
                        claim.other.payerName = name[0];
                        claim.other.payerId = s.element(9);
                    }
                }
                default -> {
                }
            }
            return;
        }
        switch (String.valueOf(entity)) {
            case "41" -> submitter = new Submitter(name[0], s.element(9), null, null);
            case "40" -> receiver = new Receiver(name[0], s.element(9));
            case "85" -> {
                bpType = s.element(2);
                bpName = name[0];
                bpFirst = name[1];
                bpNpi = s.element(9);
            }
            case "IL" -> {
                subName = name;
                subId = s.element(9);
            }
            case "PR" -> {
                payerName = name[0];
                payerId = s.element(9);
            }
            case "QC" -> patName = name;
            default -> {
            }
        }
    }

    private void address(Segment s) {
        if (claim != null || entity == null) {
            return;
        }
        boolean street = s.id().equals("N3");
        switch (entity) {
            case "85" -> bpAddress = street ? Segments.n3(bpAddress, s) : Segments.n4(bpAddress, s);
            case "IL" -> subAddress = street ? Segments.n3(subAddress, s) : Segments.n4(subAddress, s);
            case "PR" -> payerAddress = street ? Segments.n3(payerAddress, s) : Segments.n4(payerAddress, s);
            case "QC" -> patAddress = street ? Segments.n3(patAddress, s) : Segments.n4(patAddress, s);
            default -> {
            }
        }
    }

    private void ref(Segment s) {
        if (claim == null) {
            if ("85".equals(entity) && (s.is(1, "EI") || s.is(1, "SY"))) {
                bpTaxId = s.element(2);
            }
            return;
        }
        if (claim.line != null) {
            if (s.is(1, "6R")) {
                claim.line.lineItem = s.element(2);
            }
        } else if (claim.other == null && claim.rendering == null) {
            if (s.is(1, "F8")) {
                claim.originalClaim = s.element(2);
            } else if (s.is(1, "G1")) {
                claim.priorAuth = s.element(2);
            }
        }
    }

    private void sbr(SetContext ctx, Segment s) {
        if (claim == null) {
            sbrResp = ctx.required(s, 1);
            sbrGroup = s.element(3);
            sbrFiling = s.element(9);
            return;
        }
        claim.flushOther();
        OtherBuilder o = new OtherBuilder();
        o.resp = ctx.required(s, 1);
        o.rel = s.element(2);
        o.group = s.element(3);
        o.filing = s.element(9);
        claim.other = o;
        entity = null;
    }

    private void clm(SetContext ctx, Segment s) {
        flushClaim(ctx);
        sendHeader(ctx);
        if (subName == null) {
            ctx.missingSegment("NM1", "claim has no subscriber (NM1*IL) before it");
        }
        ClaimBuilder c = new ClaimBuilder();
        c.ordinal = s.ordinal();
        c.id = ctx.required(s, 1);
        c.charge = ctx.decimal(s, 2, true);
        c.pos = s.component(5, 1);
        c.freq = s.component(5, 3);
        c.sig = s.element(6);
        c.assign = s.element(7);
        c.benefits = s.element(8);
        c.release = s.element(9);
        if (provider == null && bpName != null) {
            provider = new BillingProvider(bpType, bpName, bpFirst, bpNpi, bpTaxonomy, bpAddress, bpTaxId);
        }
        c.provider = provider;
        c.subscriber = new Subscriber(sbrResp, sbrGroup, sbrFiling, subName == null ? null : subName[0],
                subName == null ? null : subName[1], subName == null ? null : subName[2], subId, subAddress, subDob,
                subGender);
        c.payer = new Payer(payerName, payerId, payerAddress);
        c.patient = hasPatient ? new Patient(patRel, patName == null ? null : patName[0],
                patName == null ? null : patName[1], patName == null ? null : patName[2], patAddress, patDob,
                patGender) : null;
        claim = c;
        entity = null;
    }

    private void hi(Segment s) {
        if (claim == null) {
            return;
        }
        for (int i = 1; i <= Math.min(12, s.elementCount()); i++) {
            String q = s.component(i, 1);
            String code = s.component(i, 2);
            if (code != null && q != null && (q.equals("ABK") || q.equals("ABF") || q.equals("BK") || q.equals("BF"))) {
                claim.diagnoses.add(code);
            }
        }
    }

    private void dtp(SetContext ctx, Segment s) {
        if (claim == null) {
            return;
        }
        if (s.is(1, "472") && claim.line != null) {
            LocalDate[] d = ctx.dateOrRange(s, 2, 3);
            claim.line.from = d[0];
            claim.line.to = d[1];
        } else if (s.is(1, "573")) {
            LocalDate d = ctx.date(s, 3, true);
            if (claim.line != null && claim.line.adjudication != null) {
                claim.line.adjudication.date = d;
            } else if (claim.other != null) {
                claim.other.date = d;
            }
        }
    }

    private void sv1(SetContext ctx, Segment s) {
        if (claim == null || claim.line == null) {
            ctx.segmentError(s, "2", "SV1 without an LX service line loop");
            return;
        }
        LineBuilder l = claim.line;
        List<String> proc = s.components(1);
        if (proc.size() < 2 || proc.get(1) == null) {
            ctx.elementError(s, 1, 2, "1", "SV101-2 procedure code is required");
        }
        l.code = proc.size() > 1 ? proc.get(1) : null;
        l.modifiers = modifiers(proc);
        l.charge = ctx.decimal(s, 2, true);
        l.units = ctx.decimal(s, 4, true);
        l.pos = s.element(5);
        for (String p : s.components(7)) {
            if (Values.allDigits(p) && p.length() <= 2) {
                l.pointers.add(Integer.parseInt(p));
            } else if (p != null) {
                ctx.elementError(s, 7, 0, "6", "SV107 diagnosis pointer is not a number from 1 to 12");
            }
        }
        l.sawSv1 = true;
    }

    private void svd(SetContext ctx, Segment s) {
        if (claim == null || claim.line == null) {
            ctx.segmentError(s, "2", "SVD outside a service line");
            return;
        }
        AdjBuilder a = new AdjBuilder();
        a.payerId = ctx.required(s, 1);
        a.paid = ctx.decimal(s, 2, true);
        List<String> proc = s.components(3);
        a.code = proc.size() > 1 ? proc.get(1) : null;
        a.modifiers = modifiers(proc);
        a.units = ctx.decimal(s, 5, true);
        claim.line.flushAdjudication();
        claim.line.adjudication = a;
    }

    private static List<String> modifiers(List<String> proc) {
        List<String> m = new ArrayList<>(2);
        for (int k = 2; k < Math.min(proc.size(), 6); k++) {
            if (proc.get(k) != null) {
                m.add(proc.get(k));
            }
        }
        return List.copyOf(m);
    }

    private void sendHeader(SetContext ctx) {
        if (!headerSent) {
            headerSent = true;
            listener.onHeader(new ClaimBatchHeader(ctx.controlNumber(), bhtRef, created, submitter, receiver));
        }
    }

    private void flushClaim(SetContext ctx) {
        ClaimBuilder c = claim;
        if (c == null) {
            return;
        }
        claim = null;
        c.flushLine();
        c.flushOther();
        if (c.lines.isEmpty()) {
            ctx.missingSegment("SV1", "claim has no service line");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ServiceLine l : c.lines) {
            if (l.charge() != null) {
                sum = sum.add(l.charge());
            }
        }
        if (c.charge != null && c.charge.compareTo(sum) != 0) {
            ctx.business(null, "837-CLAIM-CHARGE", "claim at segment " + c.ordinal
                    + ": CLM02 total charge differs from the sum of SV102 line charges");
        }
        RenderingProvider r = c.rendering == null ? null
                : new RenderingProvider(c.rendering[0], c.rendering[1], c.rendering[2], c.rendering[3]);
        Claim claimRecord = new Claim(c.id, c.charge, c.pos, c.freq, c.sig, c.assign, c.benefits, c.release,
                c.originalClaim, c.priorAuth, List.copyOf(c.diagnoses), r, List.copyOf(c.others),
                List.copyOf(c.lines));
        listener.onClaim(new Claim837(c.provider, c.subscriber, c.patient, c.payer, claimRecord));
    }

    @Override
    public void end(SetContext ctx, boolean trailerSeen) {
        if (!trailerSeen) {
            return;
        }
        flushClaim(ctx);
        sendHeader(ctx);
        if (!sawBht) {
            ctx.missingSegment("BHT", "837 has no BHT beginning of hierarchical transaction");
        }
        if (submitter == null) {
            ctx.missingSegment("NM1", "837 has no submitter (NM1*41)");
        }
        if (receiver == null) {
            ctx.missingSegment("NM1", "837 has no receiver (NM1*40)");
        }
    }

    private static final class ClaimBuilder {
        long ordinal;
        String id;
        BigDecimal charge;
        String pos;
        String freq;
        String sig;
        String assign;
        String benefits;
        String release;
        String originalClaim;
        String priorAuth;
        String[] rendering;
        BillingProvider provider;
        Subscriber subscriber;
        Payer payer;
        Patient patient;
        final List<String> diagnoses = new ArrayList<>(4);
        final List<OtherPayer> others = new ArrayList<>(0);
        final List<ServiceLine> lines = new ArrayList<>(4);
        OtherBuilder other;
        LineBuilder line;

        void flushOther() {
            if (other != null) {
                OtherBuilder o = other;
                String[] ins = o.insured == null ? new String[3] : o.insured;
                others.add(new OtherPayer(o.resp, o.rel, o.group, o.filing, o.paid, List.copyOf(o.adjustments),
                        ins[0], ins[1], ins[2], o.payerName, o.payerId, o.date));
                other = null;
            }
        }

        void flushLine() {
            if (line != null) {
                LineBuilder l = line;
                l.flushAdjudication();
                if (l.sawSv1) {
                    lines.add(new ServiceLine(l.code, l.modifiers, l.charge, l.units, l.pos, List.copyOf(l.pointers),
                            l.from, l.to, l.lineItem, List.copyOf(l.adjudications)));
                }
                line = null;
            }
        }
    }

    private static final class OtherBuilder {
        String resp;
        String rel;
        String group;
        String filing;
        BigDecimal paid;
        String[] insured;
        String payerName;
        String payerId;
        LocalDate date;
        final List<Adjustment> adjustments = new ArrayList<>(1);
    }

    private static final class LineBuilder {
        boolean sawSv1;
        String code;
        List<String> modifiers = List.of();
        BigDecimal charge;
        BigDecimal units;
        String pos;
        LocalDate from;
        LocalDate to;
        String lineItem;
        final List<Integer> pointers = new ArrayList<>(4);
        final List<LineAdjudication> adjudications = new ArrayList<>(0);
        AdjBuilder adjudication;

        void flushAdjudication() {
            if (adjudication != null) {
                AdjBuilder a = adjudication;
                adjudications.add(new LineAdjudication(a.payerId, a.paid, a.code, a.modifiers, a.units,
                        List.copyOf(a.adjustments), a.date));
                adjudication = null;
            }
        }
    }

    private static final class AdjBuilder {
        String payerId;
        BigDecimal paid;
        String code;
        List<String> modifiers;
        BigDecimal units;
        LocalDate date;
        final List<Adjustment> adjustments = new ArrayList<>(1);
    }
}
