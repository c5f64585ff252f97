package org.rcm.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.persistence.Lookups;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A claim queued for the clearinghouse (batched into an 837P interchange by the outbound stage). */
@Entity
// status moves write the changed columns only, not the claim document again (it would be re-TOASTed each time)
@DynamicUpdate
@Table(name = "submission")
public class Submission extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "patient_control_number")
    public String patientControlNumber;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "frequency_code")
    public String frequencyCode;
    @Column(name = "total_charge")
    public BigDecimal totalCharge;
    /**
     * The claim as submitted, read only to write the 837P (lazily: the 999/277CA/835 status moves of thousands of
     * claims never parse these documents); a batch's claims are read together with {@link #claimsOf}.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Basic(fetch = FetchType.LAZY)
    public ClaimSubmitted claim;
    public String status;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "batch_id")
    public String batchId;
    @Column(name = "payer_claim_number")
    public String payerClaimNumber;
    @Column(name = "status_detail")
    public String statusDetail;

    public static Optional<Submission> findForTenant(String tenantId, String id) {
        return Lookups.byId(Submission.class, id, tenantId, e -> e.tenantId);
    }

    /**
     * The latest submission sent to a partner of each patient control number that has one (inbound 277CA/835
     * matching): all claims of a file in one query per 500 control numbers, not one query per claim.
     */
    public static Map<String, Submission> findSent(String partnerId, Collection<String> patientControlNumbers) {
        Map<String, Submission> latest = new HashMap<>();
        List<String> pcns = patientControlNumbers.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < pcns.size(); from += 500) {
            List<Submission> found = list("partnerId = ?1 and patientControlNumber in ?2 and batchId is not null"
                    + " order by receivedAt desc", partnerId, pcns.subList(from, Math.min(pcns.size(), from + 500)));
            found.forEach(s -> latest.putIfAbsent(s.patientControlNumber, s));
        }
        return latest;
    }

    /** The claim documents of these submissions by submission id, in one query per 500. */
    public static Map<String, ClaimSubmitted> claimsOf(List<Submission> submissions) {
        Map<String, ClaimSubmitted> claims = new HashMap<>();
        List<String> ids = submissions.stream().map(s -> s.id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Object[]> rows = getEntityManager().createQuery("select s.id, s.claim from Submission s"
                            + " where s.id in ?1", Object[].class)
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + 500))).getResultList();
            rows.forEach(r -> claims.put((String) r[0], (ClaimSubmitted) r[1]));
        }
        return claims;
    }

    public static Optional<Submission> findByClaim(String tenantId, String claimId) {
        return find("tenantId = ?1 and claimId = ?2", tenantId, claimId).firstResultOptional();
    }
}
