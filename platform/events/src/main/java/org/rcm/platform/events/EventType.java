package org.rcm.platform.events;

/**
 * Describes one kind of event: its name, schema version, the topic it travels on, the aggregate that keys it,
 * and its payload record.
 */
public record EventType<T>(String name, int version, String topic, String aggregateType, Class<T> payloadType) {

    /** Resource path of the golden example a producer's output must match. */
    public String examplePath() {
        return "/events/examples/" + name + ".v" + version + ".json";
    }
}
