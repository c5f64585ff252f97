package org.rcm.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A coverage check for (patient, payer, date of service); one per key, however often it is triggered. */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheck extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
    public String trigger;
    @Column(name = "source_id")
    public String sourceId;
    public String status;
    @Column(name = "requested_at")
    public Instant requestedAt;

    public static Optional<EligibilityCheck> findForTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public static boolean exists(String tenantId, String patientId, String payerId, LocalDate dos) {
        return count("tenantId = ?1 and patientId = ?2 and payerId = ?3 and dateOfService = ?4", tenantId, patientId,
                payerId, dos) > 0;
    }
}
