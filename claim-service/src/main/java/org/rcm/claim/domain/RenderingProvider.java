package org.rcm.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.rcm.platform.events.claim.ClaimSubmitted;

import java.util.List;
import java.util.Optional;

/** A clinician who renders services (2310B), optionally under a supervising provider (2310D). */
@Entity
@Table(name = "rendering_provider")
@IdClass(TenantKey.class)
public class RenderingProvider extends Audited {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String id;
    public String npi;
    public String taxonomy;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "first_name")
    public String firstName;
    public String credentials;
    @Column(name = "supervising_provider_id")
    public String supervisingProviderId;

    public static Optional<RenderingProvider> find(String tenant, String id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public static List<RenderingProvider> all(String tenant) {
        return list("tenantId = ?1 order by id", tenant);
    }

    public ClaimSubmitted.Provider toProvider() {
        return new ClaimSubmitted.Provider(npi, taxonomy, null, null, lastName, firstName, null);
    }
}
