package org.rcm.platform.x12.remit;

import java.math.BigDecimal;
import java.util.List;
import org.rcm.platform.x12.model.Adjustment;
import org.rcm.platform.x12.model.Amount;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.model.Quantity;
import org.rcm.platform.x12.model.Reference;

/**
 * One 835 claim (loop 2100) with its service lines (loop 2110).
 *
 * @param transactionControlNumber ST02 of the 835 carrying it
 * @param headerNumber             LX01 of the enclosing 2000 loop, or null
 * @param patientControlNumber     CLP01 (the provider's claim id)
 * @param statusCode               CLP02 (1 primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal...)
 * @param chargeAmount             CLP03
 * @param paidAmount               CLP04
 * @param patientResponsibility    CLP05 or null
 * @param filingIndicator          CLP06
 * @param payerClaimControlNumber  CLP07
 * @param facilityTypeCode         CLP08
 * @param frequencyCode            CLP09
 * @param adjustments              claim-level CAS
 * @param names                    NM1 segments (QC patient, IL insured, 82 rendering, 74 corrected...)
 * @param inpatient                MIA or null
 * @param outpatient               MOA or null
 * @param references               claim REF segments
 * @param dates                    claim DTM segments (232, 233, 050, 036...)
 * @param amounts                  claim AMT segments
 * @param quantities               claim QTY segments
 * @param services                 service lines
 */
public record ClaimPayment(String transactionControlNumber, String headerNumber, String patientControlNumber,
                           String statusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
                           BigDecimal patientResponsibility, String filingIndicator, String payerClaimControlNumber,
                           String facilityTypeCode, String frequencyCode, List<Adjustment> adjustments,
                           List<Party> names, InpatientAdjudication inpatient, OutpatientAdjudication outpatient,
                           List<Reference> references, List<DateValue> dates, List<Amount> amounts,
                           List<Quantity> quantities, List<ServicePayment> services) {

    /** The NM1 with the given entity code (QC patient, IL insured, 82 rendering provider), or null. */
    public Party name(String entityCode) {
        return names.stream().filter(p -> entityCode.equals(p.entityCode())).findFirst().orElse(null);
    }

    /** Claim-level plus service-level adjustment amounts. */
    public BigDecimal totalAdjustments() {
        BigDecimal t = org.rcm.platform.x12.model.Segments.total(adjustments);
        for (ServicePayment s : services) {
            t = t.add(org.rcm.platform.x12.model.Segments.total(s.adjustments()));
        }
        return t;
    }
}
