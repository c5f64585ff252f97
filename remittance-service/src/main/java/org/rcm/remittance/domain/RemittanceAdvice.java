package org.rcm.remittance.domain;

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
import org.rcm.platform.events.gateway.RemittanceAdviceReceived;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An ERA's payment header (BPR/TRN) and its PLB provider-level adjustments. */
@Entity
@Table(name = "remittance_advice")
@IdClass(RemittanceAdvice.Key.class)
public class RemittanceAdvice extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "remittance_id")
    public String remittanceId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "trace_number")
    public String traceNumber;
    @Column(name = "payment_method")
    public String paymentMethod;
    @Column(name = "payment_amount")
    public BigDecimal paymentAmount;
    @Column(name = "payment_date")
    public LocalDate paymentDate;
    @Column(name = "claim_count")
    public int claimCount;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "provider_adjustments")
    public List<RemittanceAdviceReceived.ProviderAdjustment> providerAdjustments;
    @Column(name = "received_at")
    public Instant receivedAt;

    public record Key(String tenantId, String remittanceId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static Optional<RemittanceAdvice> find(String tenantId, String remittanceId) {
        return findByIdOptional(new Key(tenantId, remittanceId));
    }

    public static List<RemittanceAdvice> byTrace(String tenantId, String trace) {
        return list("tenantId = ?1 and traceNumber = ?2", tenantId, trace);
    }

    public Era era() {
        return new Era(remittanceId, payerId, traceNumber, paymentMethod, paymentAmount, paymentDate, claimCount,
                providerAdjustments == null ? List.of() : providerAdjustments);
    }
}
