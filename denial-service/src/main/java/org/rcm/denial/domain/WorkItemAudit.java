package org.rcm.denial.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Every action on a work item: who, what, when. */
@Entity
@Table(name = "work_item_audit")
public class WorkItemAudit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "work_item_id")
    public String workItemId;
    public String action;
    public String detail;
    public String actor;
    public Instant at;

    public static void record(String tenant, String workItemId, String action, String detail, String actor) {
        WorkItemAudit a = new WorkItemAudit();
        a.tenantId = tenant;
        a.workItemId = workItemId;
        a.action = action;
        a.detail = detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail;
        a.actor = actor;
        a.at = Instant.now();
        a.persist();
    }
}
