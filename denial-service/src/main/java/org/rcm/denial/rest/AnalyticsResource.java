package org.rcm.denial.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Denial and A/R KPIs of the caller's tenant. */
@Path("/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AnalyticsResource {
    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;

    public record Rate(String key, long total, long count, double rate) {
    }

    public record Carc(String code, long denials, BigDecimal amount) {
    }

    public record Appeals(long won, long lost, long pending, double overturnRate) {
    }

    public record Bucket(String bucket, long claims, BigDecimal balance) {
    }

    public record Aging(BigDecimal openBalance, BigDecimal averageDailyCharges, BigDecimal daysInAr,
                        List<Bucket> buckets) {
    }

    static final Map<String, String> DIMENSIONS = Map.of(
            "payer", "f.payer_id",
            "provider", "coalesce(f.provider_id, 'unknown')",
            "month", "to_char(f.adjudicated_at, 'YYYY-MM')",
            "code", "c.code");

    @GET
    @Path("/denial-rate")
    @Transactional
    @Operation(summary = "First-pass denial rate (denied or partly denied / adjudicated claims) by payer, code, provider, category or month")
    public List<Rate> denialRate(@QueryParam("by") @DefaultValue("payer") String by) {
        String tenant = tenants.current();
        if ("category".equals(by)) {
            long total = ((Number) em.createNativeQuery("SELECT count(*) FROM claim_fact WHERE tenant_id = ?1"
                    + " AND first_outcome IS NOT NULL").setParameter(1, tenant).getSingleResult()).longValue();
            List<Object[]> rows = rows(em.createNativeQuery("SELECT category, count(DISTINCT claim_id) FROM work_item"
                    + " WHERE tenant_id = ?1 AND status <> 'NOT_A_DENIAL' GROUP BY 1 ORDER BY 2 DESC")
                    .setParameter(1, tenant).getResultList());
            return rows.stream().map(r -> rate((String) r[0], total, ((Number) r[1]).longValue())).toList();
        }
        String key = DIMENSIONS.get(by);
        if (key == null) {
            throw ApiException.invalid("by", "one of payer, code, provider, category, month");
        }
        String from = "code".equals(by)
                ? " FROM claim_fact f CROSS JOIN LATERAL (SELECT DISTINCT l->>'code' AS code"
                + " FROM jsonb_array_elements(f.lines) l) c" : " FROM claim_fact f";
        List<Object[]> rows = rows(em.createNativeQuery("SELECT " + key + " AS k, count(*),"
                        + " count(*) FILTER (WHERE f.first_outcome IN ('DENIED', 'PARTIALLY_PAID'))" + from
                        + " WHERE f.tenant_id = ?1 AND f.first_outcome IS NOT NULL GROUP BY 1 ORDER BY 1")
                .setParameter(1, tenant).getResultList());
        return rows.stream().map(r -> rate((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    @GET
    @Path("/top-carcs")
    @Transactional
    @Operation(summary = "Most frequent denial reason codes (group-CARC) with denied amounts")
    public List<Carc> topCarcs(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT rc, count(*), sum(w.denied_amount) FROM work_item w,"
                        + " jsonb_array_elements_text(w.reason_codes) rc WHERE w.tenant_id = ?1"
                        + " AND w.status <> 'NOT_A_DENIAL' GROUP BY rc ORDER BY 2 DESC, 1 LIMIT ?2")
                .setParameter(1, tenants.current()).setParameter(2, limit).getResultList());
        return rows.stream().map(r -> new Carc((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2]))
                .toList();
    }

    @GET
    @Path("/appeals")
    @Transactional
    @Operation(summary = "Appeal overturn rate: won / decided appeals")
    public Appeals appeals() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE appeal_status = 'WON'),"
                + " count(*) FILTER (WHERE appeal_status = 'LOST'), count(*) FILTER (WHERE appeal_status = 'SUBMITTED')"
                + " FROM work_item WHERE tenant_id = ?1").setParameter(1, tenants.current()).getSingleResult();
        long won = ((Number) r[0]).longValue();
        long lost = ((Number) r[1]).longValue();
        return new Appeals(won, lost, ((Number) r[2]).longValue(), won + lost == 0 ? 0 : won / (double) (won + lost));
    }

    @GET
    @Path("/ar")
    @Transactional
    @Operation(summary = "Open A/R by age since submission (0-30, 31-60, 61-90, 90+) and days in A/R")
    public Aging ar() {
        String tenant = tenants.current();
        List<Object[]> rows = rows(em.createNativeQuery("SELECT CASE WHEN age <= 30 THEN '0-30' WHEN age <= 60"
                        + " THEN '31-60' WHEN age <= 90 THEN '61-90' ELSE '90+' END, count(*), sum(balance) FROM ("
                        + " SELECT total_charge - settled_amount AS balance, current_date - CAST(submitted_at AS date) AS age"
                        + " FROM claim_fact WHERE tenant_id = ?1) x WHERE balance > 0 GROUP BY 1")
                .setParameter(1, tenant).getResultList());
        List<Bucket> buckets = new java.util.ArrayList<>();
        BigDecimal open = BigDecimal.ZERO;
        for (String b : List.of("0-30", "31-60", "61-90", "90+")) {
            Object[] row = rows.stream().filter(r -> b.equals(r[0])).findFirst().orElse(null);
            BigDecimal bal = row == null ? BigDecimal.ZERO : (BigDecimal) row[2];
            buckets.add(new Bucket(b, row == null ? 0 : ((Number) row[1]).longValue(), bal));
            open = open.add(bal);
        }
        BigDecimal charges90 = (BigDecimal) em.createNativeQuery("SELECT coalesce(sum(total_charge), 0) FROM"
                + " claim_fact WHERE tenant_id = ?1 AND submitted_at >= now() - interval '90 days'")
                .setParameter(1, tenant).getSingleResult();
        BigDecimal daily = charges90.divide(BigDecimal.valueOf(90), 2, RoundingMode.HALF_UP);
        BigDecimal days = daily.signum() == 0 ? BigDecimal.ZERO : open.divide(daily, 1, RoundingMode.HALF_UP);
        return new Aging(open, daily, days, buckets);
    }

    @GET
    @Path("/clean-claim-rate")
    @Transactional
    @Operation(summary = "First-pass acceptance: claims whose first 999/277CA outcome was an acceptance")
    public Rate cleanClaimRate() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE first_pass IS NOT NULL),"
                + " count(*) FILTER (WHERE first_pass = 'ACCEPTED') FROM claim_fact WHERE tenant_id = ?1")
                .setParameter(1, tenants.current()).getSingleResult();
        return rate("all", ((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    static Rate rate(String key, long total, long count) {
        return new Rate(key, total, count, total == 0 ? 0 : count / (double) total);
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }
}
