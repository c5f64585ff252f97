package org.rcm.platform.x12;

import java.util.function.Predicate;

/**
 * Reader settings.
 *
 * @param duplicateInterchange returns true when the caller has already received this ISA13 (TA1 025)
 * @param maxFindings          findings kept before the rest are dropped
 * @param maxSegmentLength     longest segment accepted, in bytes (guards memory on junk input)
 */
public record ReadOptions(Predicate<String> duplicateInterchange, int maxFindings, int maxSegmentLength) {

    public ReadOptions {
        duplicateInterchange = duplicateInterchange == null ? icn -> false : duplicateInterchange;
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, 10_000, 1 << 20);
    }

    public ReadOptions withDuplicateCheck(Predicate<String> seen) {
        return new ReadOptions(seen, maxFindings, maxSegmentLength);
    }
}
