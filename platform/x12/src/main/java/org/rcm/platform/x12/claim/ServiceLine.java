package org.rcm.platform.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 2400 service line.
 *
 * @param procedureCode         SV101-2 (HCPCS/CPT, qualifier HC)
 * @param modifiers             SV101-3..6 (up to 4)
 * @param charge                SV102
 * @param units                 SV104 (unit basis UN)
 * @param placeOfService        SV105 when it differs from the claim, else null
 * @param diagnosisPointers     SV107 (1..12, up to 4)
 * @param serviceDate           DTP*472 date (or range start)
 * @param serviceDateEnd        DTP*472 range end (RD8), or null
 * @param lineItemControlNumber REF*6R, echoed by the payer in the 835
 * @param adjudications         2430 prior payer line adjudications
 */
public record ServiceLine(String procedureCode, List<String> modifiers, BigDecimal charge, BigDecimal units,
                          String placeOfService, List<Integer> diagnosisPointers, LocalDate serviceDate,
                          LocalDate serviceDateEnd, String lineItemControlNumber,
                          List<LineAdjudication> adjudications) {
}
