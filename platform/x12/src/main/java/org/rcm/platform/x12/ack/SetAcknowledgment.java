package org.rcm.platform.x12.ack;

import java.util.List;

/**
 * One AK2 loop of a 999: the verdict on one transaction set the partner received from us.
 *
 * @param ackControlNumber         ST02 of the 999 itself
 * @param groupFunctionalId        AK101 (HC for claims)
 * @param groupControlNumber       AK102 (our GS06)
 * @param groupVersion             AK103
 * @param transactionSetId         AK201
 * @param transactionControlNumber AK202 (our ST02)
 * @param implementationReference  AK203 or null
 * @param status                   IK501: A accepted, E accepted with errors, R rejected
 * @param codes                    IK502..IK506
 * @param segmentErrors            IK3 loops
 */
public record SetAcknowledgment(String ackControlNumber, String groupFunctionalId, String groupControlNumber,
                                String groupVersion, String transactionSetId, String transactionControlNumber,
                                String implementationReference, String status, List<String> codes,
                                List<SegmentError> segmentErrors) {

    public boolean accepted() {
        return "A".equals(status) || "E".equals(status);
    }
}
