package org.rcm.coding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.events.coding.CodesAssigned;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The codes currently assigned to a session (revision 1 = automatic; higher = coder override). */
@Entity
@Table(name = "code_assignment")
public class CodeAssignment extends PanacheEntityBase {
    @Id
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    public int revision;
    @Column(name = "place_of_service")
    public String placeOfService;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> diagnoses;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<CodesAssigned.CodedLine> lines;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> flags;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<org.rcm.coding.domain.note.Finding> findings;
    @Column(name = "override_reason")
    public String overrideReason;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "assigned_at")
    public Instant assignedAt;

    public static Optional<CodeAssignment> findForTenant(String tenantId, String sessionId) {
        return find("tenantId = ?1 and sessionId = ?2", tenantId, sessionId).firstResultOptional();
    }
}
