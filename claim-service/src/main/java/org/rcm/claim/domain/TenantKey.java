package org.rcm.claim.domain;

import java.io.Serializable;
import java.util.Objects;

/** Composite key (tenantId, id) of setup and eligibility-copy records. */
public class TenantKey implements Serializable {
    public String tenantId;
    public String id;

    public TenantKey() {
    }

    public TenantKey(String tenantId, String id) {
        this.tenantId = tenantId;
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantKey k && Objects.equals(tenantId, k.tenantId) && Objects.equals(id, k.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, id);
    }
}
