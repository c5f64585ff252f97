package org.rcm.platform.x12.ack;

/**
 * IK4: an element error inside an IK3 segment error.
 *
 * @param position        IK401-1 element position
 * @param component       IK401-2 component position, 0 when absent
 * @param repetition      IK401-3 repetition position, 0 when absent
 * @param referenceNumber IK402 data element reference number, or null
 * @param code            IK403 error code (1 missing, 6 invalid character, 7 invalid code, 8 invalid date...)
 * @param badValue        IK404 copy of the bad value as sent by the partner, or null
 */
public record ElementError(int position, int component, int repetition, String referenceNumber, String code,
                           String badValue) {
}
