package org.rcm.sandbox.engine;

import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.model.Adjustment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The payer's decision on one claim, ready for an 835 CLP loop.
 *
 * @param statusCode CLP02: 1 processed as primary, 4 denied, 22 reversal
 */
public record Adjudication(Claim837 claim, String statusCode, BigDecimal charge, BigDecimal paid,
                           BigDecimal patientResponsibility, String payerClaimNumber, List<Line> lines) {

    public record Line(String code, List<String> modifiers, BigDecimal charge, BigDecimal paid, BigDecimal units,
                       String lineControlNumber, LocalDate serviceDate, BigDecimal allowed,
                       List<Adjustment> adjustments, List<String> remarks) {
        Line negated() {
            return new Line(code, modifiers, charge.negate(), paid.negate(), units.negate(), lineControlNumber,
                    serviceDate, allowed == null ? null : allowed.negate(),
                    adjustments.stream().map(a -> new Adjustment(a.group(), a.reason(), a.amount().negate(),
                            a.quantity())).toList(), remarks);
        }
    }

    /** The CLP02 22 reversal of this payment: every amount negated. */
    public Adjudication reversal() {
        return new Adjudication(claim, "22", charge.negate(), paid.negate(), patientResponsibility.negate(),
                payerClaimNumber, lines.stream().map(Line::negated).toList());
    }
}
