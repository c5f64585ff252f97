package org.rcm.remittance.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.RemittanceReceived;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One 835 claim payment (CLP loop) as the posting rules see it, whether it came from a RemittanceReceived event or
 * straight from an 835 read by platform/x12.
 *
 * @param sequence     occurrence of the same CLP01 + CLP02 within this ERA (0 for the first), part of the dedupe key
 * @param interest     claim interest (AMT*I), zero when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemitClaim(String remittanceId, String payerId, String traceNumber, LocalDate paymentDate,
                         String patientControlNumber, String claimStatusCode, int sequence, BigDecimal chargeAmount,
                         BigDecimal paidAmount, BigDecimal patientResponsibility, String payerClaimControlNumber,
                         BigDecimal interest, List<Adjustment> adjustments, List<String> remarkCodes,
                         List<RemitLine> lines) {

    /** One SVC line. {@code allowed} is AMT*B6 or null; {@code originalCode} SVC06 when the payer changed the code. */
    public record RemitLine(String code, String originalCode, List<String> modifiers, BigDecimal chargeAmount,
                            BigDecimal paidAmount, BigDecimal units, String lineControlNumber,
                            LocalDate dateOfService, BigDecimal allowed, List<Adjustment> adjustments,
                            List<String> remarkCodes) {
    }

    public static RemitClaim of(RemittanceReceived r) {
        List<RemitLine> lines = new ArrayList<>();
        if (r.lines() != null) {
            for (RemittanceReceived.ServiceLine l : r.lines()) {
                lines.add(new RemitLine(l.code(), null, nz(l.modifiers()), l.chargeAmount(), l.paidAmount(),
                        BigDecimal.valueOf(l.units()), l.lineControlNumber(), l.dateOfService(), null,
                        nz(l.adjustments()), nz(l.remarkCodes())));
            }
        }
        return new RemitClaim(r.remittanceId(), r.payerId(), r.traceNumber(), r.paymentDate(),
                r.patientControlNumber(), r.claimStatusCode(), 0, r.chargeAmount(), r.paidAmount(),
                r.patientResponsibility(), r.payerClaimControlNumber(), BigDecimal.ZERO, nz(r.adjustments()),
                nz(r.remarkCodes()), lines);
    }

    /** The ERA dedupe key: payer + TRN02 + CLP01 + CLP02 (+ the occurrence when one ERA repeats a CLP01). */
    public String dedupeKey() {
        return payerId + "|" + traceNumber + "|" + patientControlNumber + "|" + claimStatusCode
                + (sequence == 0 ? "" : "|" + sequence);
    }

    /** A reversal (CLP02 22) or a takeback (negative claim payment). */
    @JsonIgnore
    public boolean isReversal() {
        return "22".equals(claimStatusCode) || (paidAmount != null && paidAmount.signum() < 0);
    }

    /** The event line list (for SecondaryClaimRequested). */
    public List<RemittanceReceived.ServiceLine> eventLines() {
        return lines.stream().map(l -> new RemittanceReceived.ServiceLine(l.code(), l.modifiers(), l.chargeAmount(),
                l.paidAmount(), l.units() == null ? 1 : l.units().intValue(), l.lineControlNumber(),
                l.dateOfService(), l.adjustments(), l.remarkCodes())).toList();
    }

    static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }
}
