package org.rcm.platform.x12.eligibility;

import java.util.List;
import org.rcm.platform.x12.model.Party;

/**
 * One subscriber of a 271 with its dependents, or (when the payer rejected the inquiry before the
 * subscriber level) only the source and receiver with their AAA errors.
 *
 * @param source         2100A information source (payer)
 * @param sourceErrors   AAA of 2100A
 * @param receiver       2100B information receiver (provider)
 * @param receiverErrors AAA of 2100B
 * @param subscriber     2000C, or null
 * @param dependents     2000D loops under the subscriber
 */
public record EligibilityResponse(String transactionControlNumber, Party source, List<RejectReason> sourceErrors,
                                  Party receiver, List<RejectReason> receiverErrors, EligibilityMember subscriber,
                                  List<EligibilityMember> dependents) {

    /** All AAA errors of the response, from every level. */
    public List<RejectReason> allErrors() {
        List<RejectReason> out = new java.util.ArrayList<>(sourceErrors);
        out.addAll(receiverErrors);
        if (subscriber != null) {
            out.addAll(subscriber.errors());
        }
        dependents.forEach(d -> out.addAll(d.errors()));
        return out;
    }
}
