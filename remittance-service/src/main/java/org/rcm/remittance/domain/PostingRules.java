package org.rcm.remittance.domain;

import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.RemittanceReceived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Classifies an 835 claim payment's adjustments: PR is the patient's share, CO-45 (and CO-253 sequestration) are
 * contractual write-offs, OA-23 is the prior payer's impact; every other CO/OA/PI adjustment is a denial.
 */
public final class PostingRules {
    private static final Set<String> CONTRACTUAL = Set.of("45", "253");
    private static final Set<String> NOT_A_DENIAL = Set.of("23");

    private PostingRules() {
    }

    public static Posting post(RemittanceReceived r) {
        List<Adjustment> all = new ArrayList<>(nullSafe(r.adjustments()));
        if (r.lines() != null) {
            r.lines().forEach(l -> all.addAll(nullSafe(l.adjustments())));
        }
        BigDecimal patient = BigDecimal.ZERO;
        BigDecimal contractual = BigDecimal.ZERO;
        BigDecimal denied = BigDecimal.ZERO;
        List<Adjustment> denials = new ArrayList<>();
        for (Adjustment a : all) {
            if ("PR".equals(a.group())) {
                patient = patient.add(a.amount());
            } else if (CONTRACTUAL.contains(a.reason()) && "CO".equals(a.group())) {
                contractual = contractual.add(a.amount());
            } else if (!NOT_A_DENIAL.contains(a.reason())) {
                denied = denied.add(a.amount());
                denials.add(a);
            }
        }
        if (r.patientResponsibility() != null && patient.signum() == 0) {
            patient = r.patientResponsibility();
        }
        BigDecimal paid = r.paidAmount() == null ? BigDecimal.ZERO : r.paidAmount();
        String status;
        if ("22".equals(r.claimStatusCode())) {
            status = "REVERSED";
        } else if ("4".equals(r.claimStatusCode()) || (paid.signum() == 0 && denied.signum() > 0)) {
            status = "DENIED";
        } else if (denied.signum() > 0) {
            status = "PARTIALLY_PAID";
        } else {
            status = "PAID";
        }
        return new Posting(status, paid, patient, contractual, denied, all, denials);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
