package org.rcm.claim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** A billing setup record: who created and last changed it, and when. */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public void touch(String actor, Instant now) {
        if (createdAt == null) {
            createdBy = actor;
            createdAt = now;
        }
        updatedBy = actor;
        updatedAt = now;
    }
}
