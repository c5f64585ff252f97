package org.rcm.platform.messaging.tenant;

import jakarta.enterprise.context.RequestScoped;

/** The correlation id of the current HTTP request (from X-Correlation-Id, or generated). */
@RequestScoped
public class RequestCorrelation {
    private String id;

    public String id() {
        return id;
    }

    void set(String id) {
        this.id = id;
    }
}
