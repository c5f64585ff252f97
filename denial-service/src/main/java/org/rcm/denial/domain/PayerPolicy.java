package org.rcm.denial.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Optional;

/** A payer's appeal window and timely filing limit for one tenant. */
@Entity
@Table(name = "payer_policy")
@IdClass(PayerPolicy.Key.class)
public class PayerPolicy extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "appeal_window_days")
    public int appealWindowDays;
    @Column(name = "timely_filing_days")
    public int timelyFilingDays;

    public record Key(String tenantId, String payerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static Optional<PayerPolicy> find(String tenantId, String payerId) {
        return findByIdOptional(new Key(tenantId, payerId));
    }
}
