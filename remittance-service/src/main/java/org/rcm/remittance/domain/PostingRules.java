package org.rcm.remittance.domain;

import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.remittance.ClaimDenied;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies an 835 claim payment's adjustments. PR is the patient's share (PR-1 deductible, PR-2 coinsurance, PR-3
 * copay); CO-45 and the other fee-schedule reductions are contractual write-offs; OA-23 is the prior payer's impact;
 * every other CO/OA/PI adjustment with a positive amount is a denial (of the claim or of its line).
 */
public final class PostingRules {
    /** Contractual reductions that are not denials: fee schedule, charge limit, sequestration, multiple procedure. */
    static final Set<String> CONTRACTUAL = Set.of("45", "42", "59", "131", "144", "237", "253", "94", "104", "A2");
    static final Set<String> NOT_A_DENIAL = Set.of("23");

    private PostingRules() {
    }

    public static Posting post(RemitClaim r) {
        List<Adjustment> all = new ArrayList<>(r.adjustments());
        Set<String> remarks = new LinkedHashSet<>(r.remarkCodes());
        Totals claim = new Totals();
        r.adjustments().forEach(claim::add);
        List<ClaimDenied.DeniedLine> deniedLines = new ArrayList<>();
        BigDecimal allowedFromLines = BigDecimal.ZERO;
        boolean everyLineHasAllowed = !r.lines().isEmpty();
        for (RemitClaim.RemitLine l : r.lines()) {
            all.addAll(l.adjustments());
            remarks.addAll(l.remarkCodes());
            Totals line = new Totals();
            l.adjustments().forEach(line::add);
            claim.merge(line);
            if (line.denied.signum() > 0) {
                deniedLines.add(new ClaimDenied.DeniedLine(l.code(), l.modifiers(), l.chargeAmount(), line.denied,
                        List.copyOf(line.denials)));
            }
            if (l.allowed() == null) {
                everyLineHasAllowed = false;
            } else {
                allowedFromLines = allowedFromLines.add(l.allowed());
            }
        }
        BigDecimal patient = claim.patient();
        if (patient.signum() == 0 && r.patientResponsibility() != null) {
            patient = r.patientResponsibility();
            claim.otherPatient = patient;
        }
        BigDecimal paid = nz(r.paidAmount());
        BigDecimal allowed = everyLineHasAllowed ? allowedFromLines : paid.add(patient).add(claim.priorPayer);
        String status;
        if (r.isReversal()) {
            status = "REVERSED";
        } else if ("4".equals(r.claimStatusCode()) || (paid.signum() == 0 && claim.denied.signum() > 0)) {
            status = "DENIED";
        } else if (claim.denied.signum() > 0) {
            status = "PARTIALLY_PAID";
        } else {
            status = "PAID";
        }
        return new Posting(status, paid, allowed, patient, claim.deductible, claim.coinsurance, claim.copay,
                claim.otherPatient, claim.contractual, claim.denied, nz(r.interest()), List.copyOf(all),
                List.copyOf(claim.denials), List.copyOf(deniedLines), List.copyOf(remarks));
    }

    /** True when the adjustment is a denial rather than a contractual reduction or the patient's share. */
    public static boolean isDenial(Adjustment a) {
        if ("PR".equals(a.group()) || a.amount() == null || a.amount().signum() <= 0) {
            return false;
        }
        if ("OA".equals(a.group()) && NOT_A_DENIAL.contains(a.reason())) {
            return false;
        }
        return !(("CO".equals(a.group()) || "OA".equals(a.group()) || "PI".equals(a.group()))
                && CONTRACTUAL.contains(a.reason()));
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    private static final class Totals {
        BigDecimal deductible = BigDecimal.ZERO;
        BigDecimal coinsurance = BigDecimal.ZERO;
        BigDecimal copay = BigDecimal.ZERO;
        BigDecimal otherPatient = BigDecimal.ZERO;
        BigDecimal contractual = BigDecimal.ZERO;
        BigDecimal priorPayer = BigDecimal.ZERO;
        BigDecimal denied = BigDecimal.ZERO;
        final List<Adjustment> denials = new ArrayList<>();

        void add(Adjustment a) {
            BigDecimal amt = nz(a.amount());
            if ("PR".equals(a.group())) {
                switch (a.reason()) {
                    case "1" -> deductible = deductible.add(amt);
                    case "2" -> coinsurance = coinsurance.add(amt);
                    case "3" -> copay = copay.add(amt);
                    default -> otherPatient = otherPatient.add(amt);
                }
            } else if ("OA".equals(a.group()) && NOT_A_DENIAL.contains(a.reason())) {
                priorPayer = priorPayer.add(amt);
            } else if (isDenial(a)) {
                denied = denied.add(amt);
                denials.add(a);
            } else {
                contractual = contractual.add(amt);
            }
        }

        void merge(Totals o) {
            deductible = deductible.add(o.deductible);
            coinsurance = coinsurance.add(o.coinsurance);
            copay = copay.add(o.copay);
            otherPatient = otherPatient.add(o.otherPatient);
            contractual = contractual.add(o.contractual);
            priorPayer = priorPayer.add(o.priorPayer);
            denied = denied.add(o.denied);
            denials.addAll(o.denials);
        }

        BigDecimal patient() {
            return deductible.add(coinsurance).add(copay).add(otherPatient);
        }
    }
}
