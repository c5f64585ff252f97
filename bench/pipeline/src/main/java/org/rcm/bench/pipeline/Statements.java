package org.rcm.bench.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Which SQL statements the stack ran during the measured part, per paid session (PostgreSQL's pg_stat_statements,
 * reset when the load starts): the statements with the most execution time, and the calls per session of each. A
 * round trip costs CPU on both sides, so statements per session are a cost the table of rows written does not show.
 * Opt-in ({@code -Drcm.bench.statements=true}): the module is preloaded into the embedded server, which adds a little
 * to every statement. Reads as the superuser {@code postgres}.
 */
final class Statements {
    private final String url;

    Statements(String databaseUrl) {
        this.url = databaseUrl;
    }

    static boolean enabled() {
        return Boolean.getBoolean("rcm.bench.statements");
    }

    /** Creates the extension in the stack's database and forgets what was counted so far. */
    void reset() {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            st.execute("SELECT pg_stat_statements_reset()");
        } catch (Exception e) {
            System.out.println("statement statistics unavailable: " + e.getMessage());
        }
    }

    String report(long paid, int limit) {
        if (paid <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String scope = " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database"
                + " WHERE datname = current_database())";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT sum(calls), sum(total_exec_time)" + scope)) {
                rs.next();
                out.append(String.format(Locale.ROOT, "%n## SQL statements per paid session (pg_stat_statements): %.1f"
                        + " calls, %.2f ms executing%n", rs.getLong(1) / (double) paid, rs.getDouble(2) / paid));
            }
            out.append("| calls per session | ms per session | ms per call | statement |\n|---:|---:|---:|---|\n");
            try (ResultSet rs = st.executeQuery("SELECT calls, total_exec_time, query" + scope
                    + " ORDER BY total_exec_time DESC LIMIT " + limit)) {
                while (rs.next()) {
                    String query = rs.getString(3).replaceAll("\\s+", " ").replace("|", "\\|");
                    out.append(String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | `%s` |%n", rs.getLong(1) / (double) paid,
                            rs.getDouble(2) / paid, rs.getDouble(2) / Math.max(1, rs.getLong(1)),
                            query.length() > 160 ? query.substring(0, 160) + "…" : query));
                }
            }
        } catch (Exception e) {
            return "\nstatement statistics unavailable: " + e.getMessage() + "\n";
        }
        return out.toString();
    }
}
