package org.rcm.coding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.messaging.persistence.Lookups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A documented therapy session (the narrative is PHI: never logged). */
@Entity
// a status move writes the changed columns only, not the narrative and diagnoses again
@DynamicUpdate
@Table(name = "session")
public class Session extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "practice_id")
    public String practiceId;
    @Column(name = "rendering_provider_id")
    public String renderingProviderId;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
    @Column(name = "start_time")
    public LocalTime startTime;
    @Column(name = "end_time")
    public LocalTime endTime;
    public Integer minutes;
    public String modality;
    @Column(name = "patient_location")
    public String patientLocation;
    @Column(name = "service_type")
    public String serviceType;
    @Column(name = "patient_present")
    public boolean patientPresent;
    @Column(name = "family_present")
    public boolean familyPresent;
    @Column(name = "group_size")
    public int groupSize;
    public boolean interpreter;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> diagnoses;
    /** The PHI-redacted narrative (the raw text is never stored). */
    public String narrative;
    @Column(name = "em_code")
    public String emCode;
    public String status;
    @Column(name = "documented_at")
    public Instant documentedAt;

    public static Optional<Session> findForTenant(String tenantId, String id) {
        return Lookups.byId(Session.class, id, tenantId, e -> e.tenantId);
    }
}
