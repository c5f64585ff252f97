package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effects of a run counted where they live: sessions in coding, claims in claim-service, submissions in the
 * gateway, claims adjudicated at the clearinghouse, payments posted in remittance. Every accepted session must
 * have exactly one of each and nothing may exist that no accepted session explains.
 */
public final class Ledger {
    /** Totals and every discrepancy found (empty when nothing was lost or doubled). */
    public record Report(int accepted, int sessions, int claims, int submissions, int adjudicated, int payments,
                         List<String> problems) {
        public String table() {
            return String.format("accepted sessions %d | sessions %d | claims %d | submissions %d | "
                    + "adjudicated at clearinghouse %d | payments %d | problems %d", accepted, sessions, claims,
                    submissions, adjudicated, payments, problems.size());
        }
    }

    private final String url;
    private final String user;

    public Ledger(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** How many of the given sessions have reached a posted payment (for waiting on a run). */
    /**
     * Claims of the tenant with a posted payment: a progress count cheap enough to poll while a benchmark runs (an
     * index-only scan of remittance's payments; {@link #paidSessions} joins every claim and cost the measured stack
     * a tenth of a second of PostgreSQL per call at 10,000 sessions). Equal to the paid sessions when each session has
     * one claim, which {@link #check} verifies.
     */
    public int claimsWithPayment(String tenant) {
        return (int) single("SELECT count(DISTINCT claim_id) FROM remittance.payment WHERE tenant_id = ?"
                + " AND claim_id IS NOT NULL", tenant);
    }

    public int paidSessions(String tenant) {
        return (int) single("SELECT count(DISTINCT c.session_id) FROM claim.claim c JOIN remittance.payment p"
                + " ON p.tenant_id = c.tenant_id AND p.claim_id = c.id WHERE c.tenant_id = ?", tenant);
    }

    public Report check(String tenant, Collection<String> acceptedSessions, JsonNode sandboxClaims) {
        List<String> problems = new ArrayList<>();
        Set<String> accepted = new HashSet<>(acceptedSessions);
        Map<String, Integer> sessions = counts("SELECT id, 1 FROM coding.session WHERE tenant_id = ?", tenant);
        Map<String, Integer> claimsBySession = counts("SELECT session_id, count(*) FROM claim.claim"
                + " WHERE tenant_id = ? GROUP BY session_id", tenant);
        Map<String, String> pcnBySession = pairs("SELECT session_id, patient_control_number FROM claim.claim"
                + " WHERE tenant_id = ?", tenant);
        Map<String, Integer> submissions = counts("SELECT c.session_id, count(s.id) FROM claim.claim c"
                + " LEFT JOIN gateway.submission s ON s.tenant_id = c.tenant_id AND s.claim_id = c.id"
                + " WHERE c.tenant_id = ? GROUP BY c.session_id", tenant);
        Map<String, Integer> payments = counts("SELECT c.session_id, count(p.id) FROM claim.claim c"
                + " LEFT JOIN remittance.payment p ON p.tenant_id = c.tenant_id AND p.claim_id = c.id"
                + " WHERE c.tenant_id = ? GROUP BY c.session_id", tenant);
        Map<String, Integer> adjudicated = new HashMap<>();
        for (JsonNode c : sandboxClaims) {
            adjudicated.merge(c.get("patientControlNumber").asText(), 1, Integer::sum);
        }
        for (String s : sessions.keySet()) {
            if (!accepted.contains(s)) {
                problems.add("session " + s + " exists but no request was answered with it (doubled by a retry?)");
            }
        }
        int claims = 0;
        int subs = 0;
        int adj = 0;
        int pays = 0;
        for (String s : accepted) {
            expectOne(problems, "sessions", s, sessions.getOrDefault(s, 0));
            int c = claimsBySession.getOrDefault(s, 0);
            expectOne(problems, "claims", s, c);
            claims += c;
            int sub = submissions.getOrDefault(s, 0);
            expectOne(problems, "submissions", s, sub);
            subs += sub;
            int a = pcnBySession.containsKey(s) ? adjudicated.getOrDefault(pcnBySession.get(s), 0) : 0;
            expectOne(problems, "claims adjudicated at the clearinghouse", s, a);
            adj += a;
            int p = payments.getOrDefault(s, 0);
            expectOne(problems, "payments", s, p);
            pays += p;
        }
        return new Report(accepted.size(), sessions.size(), claims, subs, adj, pays, problems);
    }

    private static void expectOne(List<String> problems, String what, String session, int count) {
        if (count != 1) {
            problems.add("session " + session + ": " + count + " " + what + " (expected exactly 1)");
        }
    }

    private Map<String, Integer> counts(String sql, String tenant) {
        Map<String, Integer> m = new HashMap<>();
        query(sql, tenant, rs -> m.put(rs.getString(1), rs.getInt(2)));
        return m;
    }

    private Map<String, String> pairs(String sql, String tenant) {
        Map<String, String> m = new HashMap<>();
        query(sql, tenant, rs -> m.put(rs.getString(1), rs.getString(2)));
        return m;
    }

    private long single(String sql, String tenant) {
        long[] v = new long[1];
        query(sql, tenant, rs -> v[0] = rs.getLong(1));
        return v[0];
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, String tenant, Row row) {
        try (Connection c = DriverManager.getConnection(url, user, "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger query failed: " + e.getMessage(), e);
        }
    }
}
