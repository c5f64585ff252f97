package org.rcm.platform.x12;

/** Where a finding belongs in the acknowledgement vocabulary. */
public enum Level {
    /** Interchange level, reported with a TA1 note code (TA105). */
    TA1,
    /** Functional group level, reported with an AK905..AK909 code. */
    AK9,
    /** Transaction set level, reported with an IK502..IK506 code. */
    IK5,
    /** Segment level, reported with an IK304 code. */
    IK3,
    /** Data element level, reported with an IK403 code. */
    IK4,
    /** Business rule defined by the implementation guide (balancing), not part of a 999. */
    BUSINESS
}
