package org.rcm.platform.events.gateway;

/** One 999 finding: segment id and position (IK3), element position and syntax error code (IK4 / IK304). */
public record AckError(String segmentId, Integer segmentPosition, Integer elementPosition, String code,
                       String description) {
}
