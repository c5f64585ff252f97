package org.rcm.platform.x12;

import java.time.LocalDateTime;

/**
 * Envelope parameters for writers. Control numbers are supplied by the caller (who keeps them unique).
 *
 * @param senderQualifier         ISA05 (ZZ, 30...)
 * @param senderId                ISA06 (padded to 15)
 * @param receiverQualifier       ISA07
 * @param receiverId              ISA08 (padded to 15)
 * @param applicationSender       GS02
 * @param applicationReceiver     GS03
 * @param timestamp               ISA09/ISA10 and GS04/GS05
 * @param interchangeControlNumber ISA13 / IEA02, 1 to 999999999
 * @param groupControlNumber      GS06 / GE02, 1 to 999999999
 * @param acknowledgmentRequested ISA14
 * @param production              ISA15 P (true) or T
 * @param delimiters              separators (and an optional suffix such as "\n")
 */
public record InterchangeEnvelope(String senderQualifier, String senderId, String receiverQualifier,
                                  String receiverId, String applicationSender, String applicationReceiver,
                                  LocalDateTime timestamp, long interchangeControlNumber, long groupControlNumber,
                                  boolean acknowledgmentRequested, boolean production, Delimiters delimiters) {

    public InterchangeEnvelope {
        if (interchangeControlNumber < 0 || interchangeControlNumber > 999_999_999L) {
            throw new IllegalArgumentException("interchange control number must have at most 9 digits");
        }
        if (groupControlNumber < 1 || groupControlNumber > 999_999_999L) {
            throw new IllegalArgumentException("group control number must be 1 to 999999999");
        }
        if (senderId == null || senderId.length() > 15 || receiverId == null || receiverId.length() > 15) {
            throw new IllegalArgumentException("ISA06 and ISA08 must be 1 to 15 characters");
        }
        delimiters = delimiters == null ? Delimiters.standard() : delimiters;
    }

    /** Same parameters with other control numbers. */
    public InterchangeEnvelope withControlNumbers(long interchange, long group) {
        return new InterchangeEnvelope(senderQualifier, senderId, receiverQualifier, receiverId, applicationSender,
                applicationReceiver, timestamp, interchange, group, acknowledgmentRequested, production, delimiters);
    }
}
