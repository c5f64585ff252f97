package org.rcm.platform.x12.status;

/** Receives 277CA records in input order. */
public interface ClaimStatus277Listener {

    /** Once per claim (2200D loop) when it and its service lines are read. */
    default void onClaim(ClaimStatus claim) {
    }

    /** Once per receiver (21) or provider (19) level that carries a status. */
    default void onLevelStatus(LevelStatus status) {
    }
}
