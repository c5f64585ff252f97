package org.rcm.platform.events;

/** Kafka header names carried by every record. */
public final class EventHeaders {
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String TENANT_ID = "tenantId";
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String CORRELATION_ID = "correlationId";

    private EventHeaders() {
    }
}
