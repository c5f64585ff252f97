package org.rcm.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.events.claim.ClaimSubmitted;

import java.util.List;
import java.util.Optional;

/** A practice of the tenant: the billing provider (2010AA) and its pay-to address (2010AB). */
@Entity
@Table(name = "practice")
@IdClass(TenantKey.class)
public class Practice extends Audited {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String id;
    public String name;
    public String npi;
    @Column(name = "tax_id")
    public String taxId;
    /** EIN or SSN. */
    @Column(name = "tax_id_type")
    public String taxIdType;
    public String taxonomy;
    public String phone;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ClaimSubmitted.Address address;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "pay_to")
    public ClaimSubmitted.Address payTo;

    public static Optional<Practice> find(String tenant, String id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public static List<Practice> all(String tenant) {
        return list("tenantId = ?1 order by id", tenant);
    }

    public ClaimSubmitted.Provider toProvider() {
        return new ClaimSubmitted.Provider(npi, taxonomy, taxId, name, null, null, address);
    }
}
