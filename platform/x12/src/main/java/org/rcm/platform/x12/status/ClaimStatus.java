package org.rcm.platform.x12.status;

import java.time.LocalDate;
import java.util.List;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.model.Reference;

/**
 * One claim of a 277CA (loop 2200D) with its context.
 *
 * @param transactionControlNumber ST02
 * @param payer                    2100A information source
 * @param receiver                 2100B information receiver (submitter)
 * @param provider                 2100C billing provider
 * @param patient                  2100D patient
 * @param patientControlNumber     TRN02 of 2200D (our CLM01)
 * @param payerClaimControlNumber  REF*1K, or null
 * @param clearinghouseTraceNumber REF*D9, or null
 * @param statuses                 STC composites of the claim
 * @param serviceDate              DTP*472 (start of a range)
 * @param serviceDateEnd           end of an RD8 range, or null
 * @param references               all claim REF segments
 * @param lines                    2220D service line statuses
 */
public record ClaimStatus(String transactionControlNumber, Party payer, Party receiver, Party provider, Party patient,
                          String patientControlNumber, String payerClaimControlNumber,
                          String clearinghouseTraceNumber, List<StatusCode> statuses, LocalDate serviceDate,
                          LocalDate serviceDateEnd, List<Reference> references, List<ServiceLineStatus> lines) {

    /** True when any claim-level status is a rejection category. */
    public boolean rejected() {
        return statuses.stream().anyMatch(StatusCode::isRejection);
    }
}
