package org.rcm.platform.x12;

/** Receives the segments of one transaction set. Implementations report problems through the context. */
public interface TransactionHandler {

    /** Called with the ST segment. */
    default void start(SetContext ctx, Segment st) {
    }

    /** Called for each segment between ST and SE. */
    void segment(SetContext ctx, Segment segment);

    /**
     * Called at SE, or when the set ends without SE (then {@code trailerSeen} is false and the
     * handler should not deliver a half-read unit as complete).
     */
    default void end(SetContext ctx, boolean trailerSeen) {
    }
}
