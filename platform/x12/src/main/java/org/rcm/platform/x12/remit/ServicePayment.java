package org.rcm.platform.x12.remit;

import java.math.BigDecimal;
import java.util.List;
import org.rcm.platform.x12.model.Adjustment;
import org.rcm.platform.x12.model.Amount;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Quantity;
import org.rcm.platform.x12.model.Reference;

/**
 * One 835 service line (loop 2110).
 *
 * @param procedureQualifier    SVC01-1 (HC, AD, NU...)
 * @param procedureCode         SVC01-2
 * @param modifiers             SVC01-3..6
 * @param chargeAmount          SVC02
 * @param paidAmount            SVC03
 * @param revenueCode           SVC04 or null
 * @param units                 SVC05 or null
 * @param originalProcedureCode SVC06-2 when the payer changed the code, else null
 * @param dates                 DTM 472 / 150 / 151
 * @param adjustments           service CAS
 * @param lineItemControlNumber REF*6R (the provider's line id)
 * @param references            other REF segments
 * @param amounts               AMT (B6 allowed...)
 * @param quantities            QTY
 * @param remarks               LQ remark codes
 */
public record ServicePayment(String procedureQualifier, String procedureCode, List<String> modifiers,
                             BigDecimal chargeAmount, BigDecimal paidAmount, String revenueCode, BigDecimal units,
                             String originalProcedureCode, List<DateValue> dates, List<Adjustment> adjustments,
                             String lineItemControlNumber, List<Reference> references, List<Amount> amounts,
                             List<Quantity> quantities, List<RemarkCode> remarks) {
}
