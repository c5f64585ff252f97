package org.rcm.platform.x12.claim;

import java.time.LocalDateTime;

/**
 * BHT and 1000A/1000B of an 837P transaction set.
 *
 * @param transactionControlNumber ST02 / SE02
 * @param batchReference           BHT03 (originator application transaction id)
 * @param created                  BHT04/BHT05
 * @param submitter                1000A
 * @param receiver                 1000B
 */
public record ClaimBatchHeader(String transactionControlNumber, String batchReference, LocalDateTime created,
                               Submitter submitter, Receiver receiver) {
}
