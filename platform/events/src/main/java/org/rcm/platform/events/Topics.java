package org.rcm.platform.events;

import java.util.List;

/** The topic catalogue. docs/events.md documents key, producer and consumers of each. */
public final class Topics {
    public static final String SESSION_DOCUMENTED = "rcm.session-documented";
    public static final String CODES_ASSIGNED = "rcm.codes-assigned";
    public static final String CLAIM_SUBMITTED = "rcm.claim-submitted";
    public static final String REMITTANCE_RECEIVED = "rcm.remittance-received";
    public static final String PAYMENT_POSTED = "rcm.payment-posted";
    public static final String CLAIM_DENIED = "rcm.claim-denied";

    /** Dead-letter topic of one consuming service: records it could not process after bounded retries. */
    public static String deadLetter(String service) {
        return "rcm.dlq." + service;
    }

    public static final List<String> SERVICES = List.of("coding-service", "eligibility-service", "claim-service",
            "clearinghouse-gateway", "remittance-service", "denial-service");

    /** Every event topic of the catalogue plus every service's dead-letter topic. */
    public static List<String> all() {
        List<String> topics = new java.util.ArrayList<>(EventCatalog.ALL.stream().map(EventType::topic).distinct()
                .toList());
        SERVICES.forEach(s -> topics.add(deadLetter(s)));
        return topics;
    }

    private Topics() {
    }
}
