package org.rcm.remittance.domain;

import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.RemittanceAdviceReceived;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Exception;
import org.rcm.platform.x12.model.Amount;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.remit.ClaimPayment;
import org.rcm.platform.x12.remit.PaymentHeader;
import org.rcm.platform.x12.remit.ProviderAdjustment;
import org.rcm.platform.x12.remit.Remittance835Listener;
import org.rcm.platform.x12.remit.Remittance835Reader;
import org.rcm.platform.x12.remit.RemittanceSummary;
import org.rcm.platform.x12.remit.ServicePayment;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an 835 with platform/x12 and streams the same inputs the gateway's events carry: one {@link RemitClaim}
 * per CLP loop and one {@link Era} per transaction set (after its claims, with the PLB adjustments).
 */
public final class X12Remits {
    private X12Remits() {
    }

    /** Everything of a small 835 in memory (tests, REST upload of one ERA). */
    public record Parsed(List<Era> eras, List<RemitClaim> claims, ValidationResult validation) {
    }

    public static Parsed readAll(InputStream in) throws X12Exception {
        List<Era> eras = new ArrayList<>();
        List<RemitClaim> claims = new ArrayList<>();
        ValidationResult v = stream(in, claims::add, eras::add);
        return new Parsed(eras, claims, v);
    }

    public static ValidationResult stream(InputStream in, Consumer<RemitClaim> claims, Consumer<Era> eras)
            throws X12Exception {
        return Remittance835Reader.read(in, new Remittance835Listener() {
            PaymentHeader header;
            String payerId;
            final List<RemittanceAdviceReceived.ProviderAdjustment> plb = new ArrayList<>();
            final Map<String, Integer> seen = new HashMap<>();

            @Override
            public void onPayment(PaymentHeader h) {
                header = h;
                payerId = h.payer() != null && h.payer().id() != null ? h.payer().id() : h.traceOriginator();
                plb.clear();
                seen.clear();
            }

            @Override
            public void onClaim(ClaimPayment c) {
                String key = c.patientControlNumber() + "|" + c.statusCode();
                int seq = seen.merge(key, 1, Integer::sum) - 1;
                claims.accept(toClaim(header, payerId, c, seq));
            }

            @Override
            public void onProviderAdjustment(ProviderAdjustment p) {
                p.items().forEach(i -> plb.add(new RemittanceAdviceReceived.ProviderAdjustment(i.reasonCode(),
                        i.referenceId(), i.amount())));
            }

            @Override
            public void onEnd(RemittanceSummary s) {
                if (header != null) {
                    eras.accept(new Era(payerId + ":" + header.traceNumber(), payerId, header.traceNumber(),
                            header.paymentMethod(), header.totalPayment(), header.paymentDate(), s.claimCount(),
                            List.copyOf(plb)));
                }
            }
        });
    }

    static RemitClaim toClaim(PaymentHeader h, String payerId, ClaimPayment c, int seq) {
        List<String> remarks = new ArrayList<>();
        if (c.outpatient() != null && c.outpatient().remarkCodes() != null) {
            remarks.addAll(c.outpatient().remarkCodes());
        }
        if (c.inpatient() != null && c.inpatient().remarkCodes() != null) {
            remarks.addAll(c.inpatient().remarkCodes());
        }
        List<RemitClaim.RemitLine> lines = new ArrayList<>(c.services().size());
        for (ServicePayment s : c.services()) {
            lines.add(new RemitClaim.RemitLine(s.procedureCode(), s.originalProcedureCode(),
                    s.modifiers() == null ? List.of() : s.modifiers(), s.chargeAmount(), s.paidAmount(), s.units(),
                    s.lineItemControlNumber(), serviceDate(s.dates()), amount(s.amounts(), "B6"),
                    adjustments(s.adjustments()),
                    s.remarks() == null ? List.of() : s.remarks().stream().map(r -> r.code()).toList()));
        }
        BigDecimal interest = amount(c.amounts(), "I");
        return new RemitClaim(payerId + ":" + h.traceNumber(), payerId, h.traceNumber(), h.paymentDate(),
                c.patientControlNumber(), c.statusCode(), seq, c.chargeAmount(), c.paidAmount(),
                c.patientResponsibility(), c.payerClaimControlNumber(), interest == null ? BigDecimal.ZERO : interest,
                adjustments(c.adjustments()), List.copyOf(remarks), List.copyOf(lines));
    }

    private static List<Adjustment> adjustments(List<org.rcm.platform.x12.model.Adjustment> in) {
        if (in == null) {
            return List.of();
        }
        return in.stream().map(a -> new Adjustment(a.group(), a.reason(), a.amount(), a.quantity())).toList();
    }

    private static BigDecimal amount(List<Amount> amounts, String qualifier) {
        if (amounts == null) {
            return null;
        }
        return amounts.stream().filter(a -> qualifier.equals(a.qualifier())).map(Amount::amount).findFirst()
                .orElse(null);
    }

    private static LocalDate serviceDate(List<DateValue> dates) {
        if (dates == null) {
            return null;
        }
        return dates.stream().filter(d -> "472".equals(d.qualifier()) || "150".equals(d.qualifier()))
                .map(DateValue::date).findFirst().orElse(null);
    }
}
