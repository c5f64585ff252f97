package org.rcm.denial.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of the categorisation table (seeded by Flyway V2, edited by admins over REST). */
@Entity
@Table(name = "denial_category_rule")
public class DenialCategoryRule extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "group_code")
    public String groupCode;
    public String carc;
    public String rarc;
    @Enumerated(EnumType.STRING)
    public DenialCategory category;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    /** The defaults plus this tenant's own rules. */
    public static List<DenialCategoryRule> visibleTo(String tenantId) {
        return list("tenantId is null or tenantId = ?1 order by carc, effectiveFrom", tenantId);
    }

    public DenialCategorizer.Rule rule() {
        return new DenialCategorizer.Rule(tenantId, groupCode, carc, rarc, category, effectiveFrom, effectiveTo);
    }
}
