package org.rcm.platform.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/** MOA: reimbursement rate (MOA01), HCPCS payable (MOA02), remark codes (MOA03-07), ESRD payment (MOA08), non-payable professional component (MOA09). */
public record OutpatientAdjudication(BigDecimal reimbursementRate, BigDecimal hcpcsPayableAmount,
                                     List<String> remarkCodes, BigDecimal esrdPaymentAmount,
                                     BigDecimal nonPayableProfessionalAmount) {
}
