package org.rcm.platform.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rcm.platform.x12.Segment;
import org.rcm.platform.x12.SetContext;
import org.rcm.platform.x12.TransactionHandler;
import org.rcm.platform.x12.model.Adjustment;
import org.rcm.platform.x12.model.Amount;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.model.Quantity;
import org.rcm.platform.x12.model.Reference;
import org.rcm.platform.x12.model.Segments;

/** Turns the segments of one 835 into records; checks dates, amounts and balancing. */
final class Remittance835Handler implements TransactionHandler {
    private enum Where { HEADER, PAYER, PAYEE, DETAIL, CLAIM, SERVICE, SUMMARY }

    private final Remittance835Listener listener;
    private Where where = Where.HEADER;

    // header
    private String handling;
    private BigDecimal totalPayment;
    private String creditDebit;
    private String method;
    private String format;
    private LocalDate paymentDate;
    private String trace;
    private String traceOriginator;
    private final List<Reference> headerRefs = new ArrayList<>(2);
    private LocalDate productionDate;
    private Party payer;
    private Party payee;
    private boolean headerSent;
    private boolean sawBpr;
    private boolean sawTrn;

    // totals
    private BigDecimal claimPaid = BigDecimal.ZERO;
    private BigDecimal plbTotal = BigDecimal.ZERO;
    private int claims;
    private boolean balanced = true;
    private String lx;

    // current claim
    private ClaimBuilder claim;
    private ServiceBuilder service;

    Remittance835Handler(Remittance835Listener listener) {
        this.listener = listener;
    }

    @Override
    public void segment(SetContext ctx, Segment s) {
        switch (s.id()) {
            case "BPR" -> bpr(ctx, s);
            case "TRN" -> {
                sawTrn = true;
                trace = ctx.required(s, 2);
                traceOriginator = s.element(3);
            }
            case "CUR", "RDM", "TS3", "TS2", "PER", "N2" -> {
                // recognised, not needed
            }
            case "REF" -> ref(s);
            case "DTM" -> dtm(ctx, s);
            case "N1" -> n1(s);
            case "N3" -> address(s, true);
            case "N4" -> address(s, false);
            case "LX" -> {
                flushClaim(ctx);
                sendHeader(ctx);
                where = Where.DETAIL;
                lx = s.element(1);
            }
            case "CLP" -> clp(ctx, s);
            case "CAS" -> cas(ctx, s);
            case "NM1" -> {
                if (claim != null && where == Where.CLAIM) {
                    claim.names.add(Segments.nm1(s));
                }
            }
            case "MIA" -> {
                if (claim != null) {
                    claim.mia = new InpatientAdjudication(ctx.decimal(s, 1, false), ctx.decimal(s, 2, false),
                            ctx.decimal(s, 3, false), ctx.decimal(s, 4, false),
                            nonBlank(s, 5, 20, 21, 22, 23));
                }
            }
            case "MOA" -> {
                if (claim != null) {
                    claim.moa = new OutpatientAdjudication(ctx.decimal(s, 1, false), ctx.decimal(s, 2, false),
                            nonBlank(s, 3, 4, 5, 6, 7), ctx.decimal(s, 8, false), ctx.decimal(s, 9, false));
                }
            }
            case "AMT" -> {
                Amount a = new Amount(s.element(1), ctx.decimal(s, 2, true));
                if (service != null) {
                    service.amounts.add(a);
                } else if (claim != null) {
                    claim.amounts.add(a);
                }
            }
            case "QTY" -> {
                Quantity q = new Quantity(s.element(1), ctx.decimal(s, 2, true));
                if (service != null) {
                    service.quantities.add(q);
                } else if (claim != null) {
                    claim.quantities.add(q);
                }
            }
            case "SVC" -> svc(ctx, s);
            case "LQ" -> {
                if (service != null) {
                    service.remarks.add(new RemarkCode(s.element(1), s.element(2)));
                }
            }
            case "PLB" -> plb(ctx, s);
            default -> {
                // unknown segments are skipped
            }
        }
    }

    private void bpr(SetContext ctx, Segment s) {
        sawBpr = true;
        handling = ctx.required(s, 1);
        totalPayment = ctx.decimal(s, 2, true);
        creditDebit = ctx.required(s, 3);
        method = ctx.required(s, 4);
        format = s.element(5);
        paymentDate = ctx.date(s, 16, false);
        if (s.isBlank(16)) {
            ctx.elementWarning(s, 16, 0, "1", "BPR16 payment effective date is missing");
        }
    }

    private void ref(Segment s) {
        Reference r = Segments.ref(s);
        switch (where) {
            case HEADER -> headerRefs.add(r);
            case PAYER -> payer = payer.withReference(r);
            case PAYEE -> payee = payee.withReference(r);
            case CLAIM -> claim.references.add(r);
            case SERVICE -> {
                if (s.is(1, "6R")) {
                    service.lineItem = r.value();
                } else {
                    service.references.add(r);
                }
            }
            default -> {
            }
        }
    }

    private void dtm(SetContext ctx, Segment s) {
        LocalDate d = ctx.date(s, 2, true);
        switch (where) {
            case HEADER -> {
                if (s.is(1, "405")) {
                    productionDate = d;
                }
            }
            case CLAIM -> claim.dates.add(new DateValue(s.element(1), d, null));
            case SERVICE -> service.dates.add(new DateValue(s.element(1), d, null));
            default -> {
            }
        }
    }

    private void n1(Segment s) {
        Party p = Segments.n1(s);
        if (s.is(1, "PR")) {
            payer = p;
            where = Where.PAYER;
        } else if (s.is(1, "PE")) {
            payee = p;
            where = Where.PAYEE;
        }
    }

    private void address(Segment s, boolean street) {
        if (where == Where.PAYER) {
            payer = payer.withAddress(street ? Segments.n3(payer.address(), s) : Segments.n4(payer.address(), s));
        } else if (where == Where.PAYEE) {
            payee = payee.withAddress(street ? Segments.n3(payee.address(), s) : Segments.n4(payee.address(), s));
        }
    }

    private void clp(SetContext ctx, Segment s) {
        flushClaim(ctx);
        sendHeader(ctx);
        where = Where.CLAIM;
        ClaimBuilder c = new ClaimBuilder();
        c.ordinal = s.ordinal();
        c.position = ctx.position();
        c.id = ctx.required(s, 1);
        c.status = ctx.required(s, 2);
        c.charge = ctx.decimal(s, 3, true);
        c.paid = ctx.decimal(s, 4, true);
        c.patientResp = ctx.decimal(s, 5, false);
        c.filing = s.element(6);
        c.payerClaim = s.element(7);
        c.facility = s.element(8);
        c.frequency = s.element(9);
        claim = c;
    }

    private void cas(SetContext ctx, Segment s) {
        if (service != null) {
            Segments.cas(ctx, s, service.adjustments);
        } else if (claim != null) {
            Segments.cas(ctx, s, claim.adjustments);
        }
    }

    private void svc(SetContext ctx, Segment s) {
        if (claim == null) {
            ctx.segmentError(s, "2", "SVC outside a CLP claim loop");
            return;
        }
        flushService(ctx);
        where = Where.SERVICE;
        ServiceBuilder b = new ServiceBuilder();
        b.ordinal = s.ordinal();
        List<String> proc = s.components(1);
        if (proc.size() == 1 && proc.get(0) != null) {
            ctx.elementWarning(s, 1, 2, "1", "SVC01 has a single component: the composite separator may be wrong");
            proc = java.util.Arrays.asList(null, proc.get(0));
        } else if (proc.size() < 2 || proc.get(0) == null || proc.get(1) == null) {
            ctx.elementError(s, 1, proc.isEmpty() ? 0 : 2, "1", "SVC01 needs a qualifier and a procedure code");
        }
        b.qualifier = proc.isEmpty() ? null : proc.get(0);
        b.code = proc.size() > 1 ? proc.get(1) : null;
        List<String> mods = new ArrayList<>(proc.size() > 2 ? proc.size() - 2 : 0);
        for (int k = 2; k < Math.min(proc.size(), 6); k++) {
            if (proc.get(k) != null) {
                mods.add(proc.get(k));
            }
        }
        b.modifiers = List.copyOf(mods);
        b.charge = ctx.decimal(s, 2, true);
        b.paid = ctx.decimal(s, 3, true);
        b.revenue = s.element(4);
        b.units = ctx.decimal(s, 5, false);
        b.original = s.component(6, 2);
        service = b;
    }

    private void plb(SetContext ctx, Segment s) {
        flushClaim(ctx);
        sendHeader(ctx);
        where = Where.SUMMARY;
        List<ProviderAdjustmentItem> items = new ArrayList<>(2);
        for (int k = 3; k <= 13; k += 2) {
            if (s.isBlank(k)) {
                if (k == 3) {
                    ctx.elementError(s, 3, 0, "1", "PLB03 adjustment identifier is required");
                }
                continue;
            }
            BigDecimal amt = ctx.decimal(s, k + 1, true);
            if (amt != null) {
                plbTotal = plbTotal.add(amt);
            }
            items.add(new ProviderAdjustmentItem(s.component(k, 1), s.component(k, 2), amt));
        }
        listener.onProviderAdjustment(new ProviderAdjustment(ctx.controlNumber(), ctx.required(s, 1),
                ctx.date(s, 2, true), List.copyOf(items)));
    }

    private void sendHeader(SetContext ctx) {
        if (headerSent) {
            return;
        }
        headerSent = true;
        if (!sawBpr) {
            ctx.missingSegment("BPR", "835 has no BPR financial information segment");
        }
        if (!sawTrn) {
            ctx.missingSegment("TRN", "835 has no TRN reassociation trace number");
        }
        if (payer == null) {
            ctx.missingSegment("N1", "835 has no payer identification loop (N1*PR)");
        }
        if (payee == null) {
            ctx.missingSegment("N1", "835 has no payee identification loop (N1*PE)");
        }
        listener.onPayment(new PaymentHeader(ctx.interchangeControlNumber(), ctx.groupControlNumber(),
                ctx.controlNumber(), handling, totalPayment, creditDebit, method, format, paymentDate, trace,
                traceOriginator, List.copyOf(headerRefs), productionDate, payer, payee));
    }

    private void flushService(SetContext ctx) {
        ServiceBuilder b = service;
        if (b == null) {
            return;
        }
        service = null;
        if (b.charge != null && b.paid != null
                && b.charge.subtract(b.paid).compareTo(Segments.total(b.adjustments)) != 0) {
            balanced = false;
            ctx.business(null, "835-SERVICE-BALANCE", "service line at segment " + b.ordinal
                    + " does not balance: SVC02 charge minus SVC03 paid differs from the sum of its CAS amounts");
        }
        claim.services.add(new ServicePayment(b.qualifier, b.code, b.modifiers, b.charge, b.paid, b.revenue, b.units,
                b.original, List.copyOf(b.dates), List.copyOf(b.adjustments), b.lineItem, List.copyOf(b.references),
                List.copyOf(b.amounts), List.copyOf(b.quantities), List.copyOf(b.remarks)));
    }

    private void flushClaim(SetContext ctx) {
        if (claim == null) {
            return;
        }
        flushService(ctx);
        ClaimBuilder c = claim;
        claim = null;
        ClaimPayment p = new ClaimPayment(ctx.controlNumber(), lx, c.id, c.status, c.charge, c.paid, c.patientResp,
                c.filing, c.payerClaim, c.facility, c.frequency, List.copyOf(c.adjustments), List.copyOf(c.names),
                c.mia, c.moa, List.copyOf(c.references), List.copyOf(c.dates), List.copyOf(c.amounts),
                List.copyOf(c.quantities), List.copyOf(c.services));
        if (c.charge != null && c.paid != null
                && c.charge.subtract(c.paid).compareTo(p.totalAdjustments()) != 0) {
            balanced = false;
            ctx.business(null, "835-CLAIM-BALANCE", "claim at segment " + c.ordinal
                    + " does not balance: CLP03 charge minus CLP04 paid differs from the sum of claim and service CAS");
        }
        if (c.paid != null) {
            claimPaid = claimPaid.add(c.paid);
        }
        claims++;
        listener.onClaim(p);
    }

    @Override
    public void end(SetContext ctx, boolean trailerSeen) {
        if (trailerSeen) {
            flushClaim(ctx);
            sendHeader(ctx);
            if (totalPayment != null && totalPayment.compareTo(claimPaid.subtract(plbTotal)) != 0) {
                balanced = false;
                ctx.business(null, "835-PAYMENT-BALANCE",
                        "BPR02 total payment differs from the sum of CLP04 minus the sum of PLB adjustments");
            }
        }
        listener.onEnd(new RemittanceSummary(ctx.controlNumber(), claims, totalPayment, claimPaid, plbTotal,
                balanced && trailerSeen, trailerSeen));
    }

    private static List<String> nonBlank(Segment s, int... elements) {
        List<String> out = new ArrayList<>(2);
        for (int e : elements) {
            String v = s.element(e);
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private static final class ClaimBuilder {
        long ordinal;
        int position;
        String id;
        String status;
        BigDecimal charge;
        BigDecimal paid;
        BigDecimal patientResp;
        String filing;
        String payerClaim;
        String facility;
        String frequency;
        InpatientAdjudication mia;
        OutpatientAdjudication moa;
        final List<Adjustment> adjustments = new ArrayList<>(2);
        final List<Party> names = new ArrayList<>(2);
        final List<Reference> references = new ArrayList<>(2);
        final List<DateValue> dates = new ArrayList<>(2);
        final List<Amount> amounts = new ArrayList<>(1);
        final List<Quantity> quantities = new ArrayList<>(1);
        final List<ServicePayment> services = new ArrayList<>(4);
    }

    private static final class ServiceBuilder {
        long ordinal;
        String qualifier;
        String code;
        List<String> modifiers;
        BigDecimal charge;
        BigDecimal paid;
        String revenue;
        BigDecimal units;
        String original;
        String lineItem;
        final List<DateValue> dates = new ArrayList<>(1);
        final List<Adjustment> adjustments = new ArrayList<>(2);
        final List<Reference> references = new ArrayList<>(1);
        final List<Amount> amounts = new ArrayList<>(1);
        final List<Quantity> quantities = new ArrayList<>(0);
        final List<RemarkCode> remarks = new ArrayList<>(0);
    }
}
