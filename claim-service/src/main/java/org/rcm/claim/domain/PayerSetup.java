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
import org.rcm.claim.domain.scrub.PayerRules;
import org.rcm.claim.domain.scrub.TelehealthProfile;
import org.rcm.platform.events.claim.ClaimSubmitted;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A payer as the tenant bills it: clearinghouse payer id, SBR09, timely filing, telehealth, prior-auth codes. */
@Entity
@Table(name = "payer")
@IdClass(TenantKey.class)
public class PayerSetup extends Audited {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    public String id;
    public String name;
    @Column(name = "clearinghouse_payer_id")
    public String clearinghousePayerId;
    @Column(name = "claim_filing_indicator")
    public String claimFilingIndicator;
    @Column(name = "timely_filing_days")
    public int timelyFilingDays;
    @Column(name = "telehealth_profile")
    public String telehealthProfile;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "prior_auth_codes")
    public List<String> priorAuthCodes;

    public static Optional<PayerSetup> find(String tenant, String id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    public static List<PayerSetup> all(String tenant) {
        return list("tenantId = ?1 order by id", tenant);
    }

    public PayerRules rules() {
        return new PayerRules(id, timelyFilingDays, TelehealthProfile.parse(telehealthProfile),
                new HashSet<>(priorAuthCodes == null ? List.of() : priorAuthCodes));
    }

    public ClaimSubmitted.Payer toPayer(String responsibility) {
        return new ClaimSubmitted.Payer(id, clearinghousePayerId, name, claimFilingIndicator, responsibility);
    }
}
