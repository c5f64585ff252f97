package org.rcm.platform.x12.ack;

/** Receives 999 records in input order. */
public interface Ack999Listener {

    /** Once per AK2 loop, after its IK5. */
    default void onSet(SetAcknowledgment ack) {
    }

    /** Once per AK9. */
    default void onGroup(GroupAcknowledgment ack) {
    }
}
