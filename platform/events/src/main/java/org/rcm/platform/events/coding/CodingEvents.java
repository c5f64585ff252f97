package org.rcm.platform.events.coding;

import org.rcm.platform.events.EventType;
import org.rcm.platform.events.Topics;

/** Events produced by coding-service (SessionDocumented may also come from an EHR integration). */
public final class CodingEvents {
    public static final EventType<SessionDocumented> SESSION_DOCUMENTED = new EventType<>(
            "SessionDocumented", 1, Topics.SESSION_DOCUMENTED, "session", SessionDocumented.class);
    public static final EventType<CodesAssigned> CODES_ASSIGNED = new EventType<>(
            "CodesAssigned", 1, Topics.CODES_ASSIGNED, "session", CodesAssigned.class);

    private CodingEvents() {
    }
}
