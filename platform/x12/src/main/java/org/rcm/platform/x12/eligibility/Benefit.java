package org.rcm.platform.x12.eligibility;

import java.math.BigDecimal;
import java.util.List;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.model.Reference;

/**
 * One EB loop (2110C / 2110D).
 *
 * @param informationCode       EB01 (1 active, 6 inactive, A co-insurance, B co-payment, C deductible, F limitations, G out of pocket...)
 * @param coverageLevel         EB02 (IND, FAM, EMP...) or null
 * @param serviceTypes          EB03 repetitions (30 plan coverage, MH mental health, AI substance abuse, A6/A7/A8 psychotherapy...)
 * @param insuranceType         EB04 (HM, PR, MB, MC...) or null
 * @param planDescription       EB05 or null
 * @param timePeriod            EB06 (23 calendar year, 27 visit, 29 remaining...) or null
 * @param amount                EB07 or null
 * @param percent               EB08 (0.2 = 20 %) or null
 * @param quantityQualifier     EB09 (VS visits, DY days...) or null
 * @param quantity              EB10 or null
 * @param authorizationRequired EB11 (Y, N, U) or null
 * @param inPlanNetwork         EB12 (Y in network, N out of network, W not applicable, U unknown) or null
 * @param procedureCode         EB13-2 or null
 * @param dates                 DTP segments of the loop
 * @param references            REF segments of the loop
 * @param messages              MSG free-form text
 * @param relatedEntities       NM1 of loop 2120 (LS/LE): primary care provider, other payer...
 */
public record Benefit(String informationCode, String coverageLevel, List<String> serviceTypes, String insuranceType,
                      String planDescription, String timePeriod, BigDecimal amount, BigDecimal percent,
                      String quantityQualifier, BigDecimal quantity, String authorizationRequired,
                      String inPlanNetwork, String procedureCode, List<DateValue> dates, List<Reference> references,
                      List<String> messages, List<Party> relatedEntities) {
}
