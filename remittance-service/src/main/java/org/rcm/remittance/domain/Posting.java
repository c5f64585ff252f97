package org.rcm.remittance.domain;

import org.rcm.platform.events.gateway.Adjustment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one 835 claim payment.
 *
 * @param status       PAID, PARTIALLY_PAID, DENIED or REVERSED
 * @param denials      adjustments that are denials (not contractual write-offs, not patient responsibility)
 */
public record Posting(String status, BigDecimal paid, BigDecimal patientResponsibility, BigDecimal contractual,
                      BigDecimal denied, List<Adjustment> adjustments, List<Adjustment> denials) {
}
