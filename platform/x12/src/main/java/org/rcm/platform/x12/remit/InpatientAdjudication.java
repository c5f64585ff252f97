package org.rcm.platform.x12.remit;

import java.math.BigDecimal;
import java.util.List;

/** MIA: covered days (MIA01), PPS operating outlier (MIA02), lifetime psychiatric days (MIA03), DRG amount (MIA04), remark codes (MIA05, MIA20-23). */
public record InpatientAdjudication(BigDecimal coveredDays, BigDecimal operatingOutlierAmount,
                                    BigDecimal lifetimePsychiatricDays, BigDecimal drgAmount,
                                    List<String> remarkCodes) {
}
