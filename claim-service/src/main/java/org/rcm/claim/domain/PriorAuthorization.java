package org.rcm.claim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.claim.domain.scrub.AuthorizationInfo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/** claim-service's copy of a prior authorization (AuthorizationUpdated). */
@Entity
@Table(name = "prior_authorization")
@IdClass(TenantKey.class)
public class PriorAuthorization extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String id;
    @Column(name = "patient_id")
    public String patientId;
    @Column(name = "payer_id")
    public String payerId;
    public String number;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> codes;
    @Column(name = "sessions_authorized")
    public int sessionsAuthorized;
    @Column(name = "sessions_used")
    public int sessionsUsed;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public String status;

    /**
     * The authorization for this patient and payer that best matches the date and codes: one whose period covers
     * the date and whose codes include a billed code, preferring ACTIVE ones; else null.
     */
    public static PriorAuthorization match(String tenant, String patientId, String payerId, LocalDate dos,
                                           List<String> billedCodes) {
        List<PriorAuthorization> all = list("tenantId = ?1 and patientId = ?2 and payerId = ?3", tenant, patientId,
                payerId);
        PriorAuthorization best = null;
        for (PriorAuthorization a : all) {
            boolean codes = a.codes == null || a.codes.isEmpty() || billedCodes.stream().anyMatch(a.codes::contains);
            boolean period = dos == null || ((a.startDate == null || !dos.isBefore(a.startDate))
                    && (a.endDate == null || !dos.isAfter(a.endDate)));
            if (codes && period && (best == null || "ACTIVE".equals(a.status))) {
                best = a;
            }
        }
        return best;
    }

    public AuthorizationInfo info() {
        return new AuthorizationInfo(number, new HashSet<>(codes == null ? List.of() : codes), sessionsAuthorized,
                sessionsUsed, startDate, endDate, status);
    }
}
