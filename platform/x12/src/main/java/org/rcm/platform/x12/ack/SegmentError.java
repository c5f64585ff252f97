package org.rcm.platform.x12.ack;

import java.util.List;

/**
 * IK3: a segment error.
 *
 * @param segmentId     IK301
 * @param position      IK302 position in the transaction set (ST = 1)
 * @param loopId        IK303 loop identifier, or null
 * @param code          IK304 error code (1 unrecognized, 2 unexpected, 3 missing, 8 has element errors...), or null
 * @param contexts      CTX segments (raw text of each CTX element 1)
 * @param elementErrors IK4 errors of this segment
 */
public record SegmentError(String segmentId, int position, String loopId, String code, List<String> contexts,
                           List<ElementError> elementErrors) {
}
