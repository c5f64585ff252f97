package org.rcm.platform.x12.claim;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.SegmentWriter;
import org.rcm.platform.x12.model.Address;
import org.rcm.platform.x12.model.Adjustment;

/**
 * Writes 837 professional claims (005010X222A1), streaming. Usage:
 * <pre>{@code
 * try (Claim837Writer w = new Claim837Writer(out, envelope)) {
 *     w.begin(header);          // ISA, GS (first time), ST, BHT, 1000A, 1000B
 *     for (Claim837 c : claims) w.write(c);
 *     w.end();                  // SE
 * }                             // GE, IEA
 * }</pre>
 * A new billing provider HL (20) is written when the provider differs from the previous claim's;
 * each claim gets its own subscriber HL (22) and, when a patient is given, a patient HL (23).
 * Values containing a delimiter are refused with {@link IllegalArgumentException}.
 */
public final class Claim837Writer implements AutoCloseable {
    public static final String VERSION = "005010X222A1";

    private final EnvelopeWriter env;
    private final SegmentWriter w;
    private int hl;
    private int providerHl;
    private BillingProvider lastProvider;
    private boolean open;

    public Claim837Writer(OutputStream out, InterchangeEnvelope envelope) {
        this.env = new EnvelopeWriter(out, envelope, "HC", VERSION);
        this.w = env.segments();
    }

    /** Starts a transaction set. */
    public void begin(ClaimBatchHeader h) {
        env.beginSet("837", h.transactionControlNumber());
        open = true;
        hl = 0;
        lastProvider = null;
        w.start("BHT").add("0019").add("00").add(h.batchReference()).add(h.created().toLocalDate())
                .add(time(h.created().getHour(), h.created().getMinute())).add("CH").end();
        Submitter s = h.submitter();
        w.start("NM1").add("41").add("2").add(s.name()).add((String) null).add((String) null).add((String) null)
                .add((String) null).add("46").add(s.id()).end();
        w.start("PER").add("IC").add(s.contactName()).add("TE").add(s.phone()).end();
        Receiver r = h.receiver();
        w.start("NM1").add("40").add("2").add(r.name()).add((String) null).add((String) null).add((String) null)
                .add((String) null).add("46").add(r.id()).end();
    }

    /** Writes one claim with its hierarchy. */
    public void write(Claim837 c) {
        if (!open) {
            throw new IllegalStateException("begin() first");
        }
        if (!c.billingProvider().equals(lastProvider)) {
            billingProvider(c.billingProvider());
        }
        subscriber(c);
        if (c.patient() != null) {
            patient(c.patient());
        }
        claim(c.claim());
    }

    /** Ends the transaction set (SE with the exact count). */
    public void end() {
        if (open) {
            env.endSet();
            open = false;
        }
    }

    /** Ends an open set and writes GE and IEA. */
    @Override
    public void close() {
        end();
        env.close();
    }

    private void billingProvider(BillingProvider p) {
        providerHl = ++hl;
        lastProvider = p;
        w.start("HL").add(providerHl).add((String) null).add("20").add("1").end();
        if (p.taxonomy() != null) {
            w.start("PRV").add("BI").add("PXC").add(p.taxonomy()).end();
        }
        nm1("85", p.entityType(), p.name(), p.firstName(), null, "XX", p.npi());
        address(p.address());
        w.start("REF").add("EI").add(p.taxId()).end();
    }

    private void subscriber(Claim837 c) {
        Subscriber s = c.subscriber();
        int subscriberHl = ++hl;
        w.start("HL").add(subscriberHl).add(providerHl).add("22").add(c.patient() == null ? "0" : "1").end();
        w.start("SBR").add(s.payerResponsibility()).add(c.patient() == null ? "18" : null).add(s.groupNumber())
                .add((String) null).add((String) null).add((String) null).add((String) null).add((String) null)
                .add(s.claimFilingIndicator()).end();
        nm1("IL", "1", s.lastName(), s.firstName(), s.middleName(), "MI", s.memberId());
        address(s.address());
        demographics(s.birthDate(), s.gender());
        Payer p = c.payer();
        nm1("PR", "2", p.name(), null, null, "PI", p.payerId());
        address(p.address());
    }

    private void patient(Patient p) {
        int patientHl = ++hl;
        w.start("HL").add(patientHl).add(patientHl - 1).add("23").add("0").end();
        w.start("PAT").add(p.relationship()).end();
        nm1("QC", "1", p.lastName(), p.firstName(), p.middleName(), null, null);
        address(p.address());
        demographics(p.birthDate(), p.gender());
    }

    private void claim(Claim c) {
        if (c.lines().isEmpty() || c.lines().size() > 50) {
            throw new IllegalArgumentException("a professional claim has 1 to 50 service lines");
        }
        if (c.diagnoses().isEmpty() || c.diagnoses().size() > 12) {
            throw new IllegalArgumentException("a professional claim has 1 to 12 diagnosis codes");
        }
        w.start("CLM").add(c.patientControlNumber()).add(c.totalCharge()).add((String) null).add((String) null)
                .composite(c.placeOfService(), "B", c.frequencyCode()).add(c.providerSignature())
                .add(c.assignment()).add(c.benefitsAssignment()).add(c.releaseOfInformation()).end();
        if (c.payerClaimControlNumber() != null) {
            w.start("REF").add("F8").add(c.payerClaimControlNumber()).end();
        }
        if (c.priorAuthorization() != null) {
            w.start("REF").add("G1").add(c.priorAuthorization()).end();
        }
        w.start("HI");
        List<String> dx = c.diagnoses();
        for (int i = 0; i < dx.size(); i++) {
            w.composite(i == 0 ? "ABK" : "ABF", dx.get(i));
        }
        w.end();
        RenderingProvider r = c.renderingProvider();
        if (r != null) {
            nm1("82", "1", r.lastName(), r.firstName(), null, "XX", r.npi());
            if (r.taxonomy() != null) {
                w.start("PRV").add("PE").add("PXC").add(r.taxonomy()).end();
            }
        }
        for (OtherPayer o : c.otherPayers()) {
            otherPayer(o);
        }
        int n = 0;
        for (ServiceLine l : c.lines()) {
            line(++n, l);
        }
    }

    private void otherPayer(OtherPayer o) {
        w.start("SBR").add(o.payerResponsibility()).add(o.relationship()).add(o.groupNumber()).add((String) null)
                .add((String) null).add((String) null).add((String) null).add((String) null)
                .add(o.claimFilingIndicator()).end();
        cas(o.adjustments());
        if (o.paidAmount() != null) {
            w.start("AMT").add("D").add(o.paidAmount()).end();
        }
        w.start("OI").add((String) null).add((String) null).add("Y").add("P").add((String) null).add("Y").end();
        nm1("IL", "1", o.insuredLastName(), o.insuredFirstName(), null, "MI", o.insuredId());
        nm1("PR", "2", o.payerName(), null, null, "PI", o.payerId());
        if (o.adjudicationDate() != null) {
            w.start("DTP").add("573").add("D8").add(o.adjudicationDate()).end();
        }
    }

    private void line(int n, ServiceLine l) {
        w.start("LX").add(n).end();
        List<String> m = l.modifiers();
        if (m.size() > 4) {
            throw new IllegalArgumentException("at most 4 procedure modifiers");
        }
        w.start("SV1").composite("HC", l.procedureCode(), get(m, 0), get(m, 1), get(m, 2), get(m, 3))
                .add(l.charge()).add("UN").add(l.units()).add(l.placeOfService()).add((String) null);
        List<Integer> p = l.diagnosisPointers();
        if (p.isEmpty() || p.size() > 4) {
            throw new IllegalArgumentException("a service line has 1 to 4 diagnosis pointers");
        }
        w.composite(ptr(p, 0), ptr(p, 1), ptr(p, 2), ptr(p, 3)).end();
        if (l.serviceDateEnd() != null && !l.serviceDateEnd().equals(l.serviceDate())) {
            w.start("DTP").add("472").add("RD8").add(range(l.serviceDate(), l.serviceDateEnd())).end();
        } else {
            w.start("DTP").add("472").add("D8").add(l.serviceDate()).end();
        }
        if (l.lineItemControlNumber() != null) {
            w.start("REF").add("6R").add(l.lineItemControlNumber()).end();
        }
        for (LineAdjudication a : l.adjudications()) {
            List<String> am = a.modifiers();
            w.start("SVD").add(a.payerId()).add(a.paidAmount())
                    .composite("HC", a.procedureCode(), get(am, 0), get(am, 1), get(am, 2), get(am, 3))
                    .add((String) null).add(a.paidUnits()).end();
            cas(a.adjustments());
            if (a.adjudicationDate() != null) {
                w.start("DTP").add("573").add("D8").add(a.adjudicationDate()).end();
            }
        }
    }

    /** CAS segments: one per group code, up to six adjustments each. */
    private void cas(List<Adjustment> adjustments) {
        int i = 0;
        while (i < adjustments.size()) {
            String group = adjustments.get(i).group();
            w.start("CAS").add(group);
            int k = 0;
            while (i < adjustments.size() && k < 6 && adjustments.get(i).group().equals(group)) {
                Adjustment a = adjustments.get(i++);
                w.add(a.reason()).add(a.amount()).add(a.quantity());
                k++;
            }
            w.end();
        }
    }

    private void nm1(String entity, String type, String last, String first, String middle, String qual, String id) {
        w.start("NM1").add(entity).add(type).add(last).add(first).add(middle).add((String) null).add((String) null)
                .add(id == null ? null : qual).add(id).end();
    }

    private void address(Address a) {
        if (a == null) {
            return;
        }
        w.start("N3").add(a.line1()).add(a.line2()).end();
        w.start("N4").add(a.city()).add(a.state()).add(a.postalCode()).end();
    }

    private void demographics(LocalDate birthDate, String gender) {
        if (birthDate != null) {
            w.start("DMG").add("D8").add(birthDate).add(gender).end();
        }
    }

    private static String range(LocalDate a, LocalDate b) {
        return a.toString().replace("-", "") + "-" + b.toString().replace("-", "");
    }

    private static String time(int h, int m) {
        return (h < 10 ? "0" : "") + h + (m < 10 ? "0" : "") + m;
    }

    private static String get(List<String> l, int i) {
        return i < l.size() ? l.get(i) : null;
    }

    private static String ptr(List<Integer> l, int i) {
        return i < l.size() ? Integer.toString(l.get(i)) : null;
    }
}
