package org.rcm.platform.x12;

/**
 * What {@link X12Files#detect} found at the start of an input.
 *
 * @param type                    transaction kind
 * @param transactionSetId        ST01 (or "TA1" for an interchange acknowledgement)
 * @param implementationReference ST03, or GS08 when ST03 is absent
 * @param functionalId            GS01
 * @param interchangeVersion      ISA12 (00501, 00401...)
 * @param delimiters              separators of the first interchange
 */
public record Detected(TransactionType type, String transactionSetId, String implementationReference,
                       String functionalId, String interchangeVersion, Delimiters delimiters) {
}
