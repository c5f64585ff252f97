package org.rcm.gateway.service;

import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.x12.claim.BillingProvider;
import org.rcm.platform.x12.claim.Claim;
import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.claim.LineAdjudication;
import org.rcm.platform.x12.claim.OtherPayer;
import org.rcm.platform.x12.claim.Patient;
import org.rcm.platform.x12.claim.Payer;
import org.rcm.platform.x12.claim.RenderingProvider;
import org.rcm.platform.x12.claim.ServiceLine;
import org.rcm.platform.x12.claim.Subscriber;
import org.rcm.platform.x12.model.Address;
import org.rcm.platform.x12.model.Adjustment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** ClaimSubmitted (our event) → platform/x12's 837P records. */
public final class ClaimMapper {
    private ClaimMapper() {
    }

    /** The reason a claim cannot be written as an 837P, or null when it can. */
    public static String missingParty(ClaimSubmitted c) {
        if (c.billingProvider() == null) {
            return "billing provider missing";
        }
        if (c.payer() == null) {
            return "payer missing";
        }
        if (c.subscriber() == null) {
            return "subscriber missing";
        }
        if (c.lines() == null || c.lines().isEmpty()) {
            return "no service lines";
        }
        if (c.diagnoses() == null || c.diagnoses().isEmpty()) {
            return "no diagnosis";
        }
        return null;
    }

    /** The id the clearinghouse knows the payer by (2010BB NM109). */
    public static String clearinghousePayerId(ClaimSubmitted c) {
        return c.payer() != null && c.payer().clearinghousePayerId() != null ? c.payer().clearinghousePayerId()
                : c.payerId();
    }

    public static Claim837 toX12(ClaimSubmitted c) {
        ClaimSubmitted.Provider bp = c.billingProvider();
        BillingProvider billing = new BillingProvider(bp.organizationName() != null ? "2" : "1",
                bp.organizationName() != null ? bp.organizationName() : bp.lastName(),
                bp.organizationName() != null ? null : bp.firstName(), bp.npi(), bp.taxonomy(), address(bp.address()),
                bp.taxId());
        ClaimSubmitted.Person sub = c.subscriber();
        boolean self = c.patient() == null || "18".equals(c.patientRelationship());
        Subscriber subscriber = new Subscriber(nz(c.payer().responsibility(), "P"), sub.groupNumber(),
                nz(c.payer().claimFilingIndicator(), "CI"), sub.lastName(), sub.firstName(), null, sub.memberId(),
                address(sub.address()), sub.dateOfBirth(), sub.gender());
        Patient patient = self ? null : new Patient(c.patientRelationship(), c.patient().lastName(),
                c.patient().firstName(), null, address(c.patient().address()), c.patient().dateOfBirth(),
                c.patient().gender());
        Payer payer = new Payer(c.payer().name(), clearinghousePayerId(c), null);
        RenderingProvider rendering = c.renderingProvider() == null ? null : new RenderingProvider(
                c.renderingProvider().lastName() != null ? c.renderingProvider().lastName()
                        : c.renderingProvider().organizationName(),
                c.renderingProvider().firstName(), c.renderingProvider().npi(), c.renderingProvider().taxonomy());
        List<OtherPayer> others = new ArrayList<>();
        List<ClaimSubmitted.OtherPayer> srcOthers = c.otherPayers() == null ? List.of() : c.otherPayers();
        for (ClaimSubmitted.OtherPayer o : srcOthers) {
            others.add(new OtherPayer(nz(o.payer().responsibility(), "P"), nz(o.patientRelationship(), "18"),
                    o.subscriber() == null ? null : o.subscriber().groupNumber(),
                    nz(o.payer().claimFilingIndicator(), "CI"), o.paidAmount(), adjustments(o.claimAdjustments()),
                    o.subscriber() == null ? null : o.subscriber().lastName(),
                    o.subscriber() == null ? null : o.subscriber().firstName(),
                    o.subscriber() == null ? null : o.subscriber().memberId(), o.payer().name(),
                    o.payer().clearinghousePayerId() != null ? o.payer().clearinghousePayerId() : o.payer().payerId(),
                    o.adjudicationDate()));
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (ClaimSubmitted.ClaimLine l : c.lines()) {
            List<LineAdjudication> adj = new ArrayList<>();
            for (ClaimSubmitted.OtherPayer o : srcOthers) {
                if (o.lines() == null) {
                    continue;
                }
                for (ClaimSubmitted.LineAdjudication la : o.lines()) {
                    if (la.lineNumber() == l.lineNumber()) {
                        adj.add(new LineAdjudication(o.payer().clearinghousePayerId() != null
                                ? o.payer().clearinghousePayerId() : o.payer().payerId(), la.paidAmount(),
                                la.code(), l.modifiers(), BigDecimal.valueOf(la.paidUnits()),
                                adjustments(la.adjustments()), o.adjudicationDate()));
                    }
                }
            }
            lines.add(new ServiceLine(l.code(), l.modifiers() == null ? List.of() : l.modifiers(), l.charge(),
                    BigDecimal.valueOf(l.units()), null, l.diagnosisPointers(),
                    l.dateOfService() != null ? l.dateOfService() : c.dateOfService(), null, l.lineControlNumber(),
                    adj));
        }
        Claim claim = new Claim(c.patientControlNumber(), c.totalCharge(), c.placeOfService(),
                nz(c.frequencyCode(), "1"), "Y", "A", "Y", "Y", c.payerClaimControlNumber(), c.priorAuthorization(),
                c.diagnoses().stream().map(d -> d.replace(".", "")).toList(), rendering, others, lines);
        return new Claim837(billing, subscriber, patient, payer, claim);
    }

    private static List<Adjustment> adjustments(List<ClaimSubmitted.OtherAdjustment> in) {
        return in == null ? List.of() : in.stream()
                .map(a -> new Adjustment(a.group(), a.reason(), a.amount(), null)).toList();
    }

    private static Address address(ClaimSubmitted.Address a) {
        return a == null ? null : new Address(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
    }

    private static String nz(String v, String d) {
        return v == null || v.isBlank() ? d : v;
    }
}
