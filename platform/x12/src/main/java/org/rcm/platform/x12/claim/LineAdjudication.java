package org.rcm.platform.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rcm.platform.x12.model.Adjustment;

/**
 * 2430 line adjudication by a prior payer (SVD, CAS, DTP*573).
 *
 * @param payerId          SVD01 (matches the other payer's id)
 * @param paidAmount       SVD02
 * @param procedureCode    SVD03-2 (HC)
 * @param modifiers        SVD03-3..6
 * @param paidUnits        SVD05
 * @param adjustments      CAS
 * @param adjudicationDate DTP*573
 */
public record LineAdjudication(String payerId, BigDecimal paidAmount, String procedureCode, List<String> modifiers,
                               BigDecimal paidUnits, List<Adjustment> adjustments, LocalDate adjudicationDate) {
}
