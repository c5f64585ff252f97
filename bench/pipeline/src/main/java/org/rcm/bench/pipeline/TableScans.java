package org.rcm.bench.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How each table of the stack's schemas was read during the run (PostgreSQL's pg_stat_user_tables, two snapshots):
 * rows read by sequential scans against index scans. A table read whole on every event makes the cost of a session
 * grow with the data, which a short run hides; this table shows it.
 */
final class TableScans {
    private static final String QUERY = "SELECT schemaname || '.' || relname, seq_scan, seq_tup_read,"
            + " coalesce(idx_scan, 0), n_live_tup, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del,"
            + " autovacuum_count, autoanalyze_count"
            + " FROM pg_stat_user_tables"
            + " WHERE schemaname IN ('coding', 'eligibility', 'claim', 'gateway', 'remittance', 'denial')";

    private final String url;
    private final String user;

    TableScans(String url, String user) {
        this.url = url;
        this.user = user;
    }

    record Counts(long seqScans, long seqRows, long indexScans, long liveRows, long inserted, long updated,
                  long hotUpdated, long deleted, long autovacuums, long autoanalyzes) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        long written() {
            return inserted + updated + deleted;
        }
    }

    /** The tables' counters, and the transactions the stack's database committed and rolled back. */
    record Snapshot(Map<String, Counts> tables, long commits, long rollbacks, long blocksRead, long blocksHit,
                    long databaseBytes, String sharedBuffers, Wal wal, long indexBlocksRead, long indexBlocksHit) {
    }

    /** The server's WAL since its start (pg_stat_wal, PostgreSQL 14+): records, full-page images, bytes. */
    record Wal(long records, long fullPageImages, long bytes) {
        static final Wal NONE = new Wal(-1, -1, -1);
    }

    Snapshot snapshot() {
        Map<String, Counts> counts = new HashMap<>();
        long commits = 0;
        long rollbacks = 0;
        long blocksRead = 0;
        long blocksHit = 0;
        long databaseBytes = 0;
        String sharedBuffers = "?";
        Wal wal = Wal.NONE;
        long indexRead = 0;
        long indexHit = 0;
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
            // statistics are sent by backends with a delay; make this snapshot see the latest
            st.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = st.executeQuery(QUERY)) {
                while (rs.next()) {
                    counts.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            rs.getLong(11)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT xact_commit, xact_rollback, blks_read, blks_hit,"
                    + " pg_database_size(datname), current_setting('shared_buffers') FROM pg_stat_database"
                    + " WHERE datname = current_database()")) {
                if (rs.next()) {
                    commits = rs.getLong(1);
                    rollbacks = rs.getLong(2);
                    blocksRead = rs.getLong(3);
                    blocksHit = rs.getLong(4);
                    databaseBytes = rs.getLong(5);
                    sharedBuffers = rs.getString(6);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(idx_blks_read), 0), coalesce(sum(idx_blks_hit), 0)"
                    + " FROM pg_statio_user_indexes")) {
                if (rs.next()) {
                    indexRead = rs.getLong(1);
                    indexHit = rs.getLong(2);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal")) {
                if (rs.next()) {
                    wal = new Wal(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                }
            } catch (java.sql.SQLException noWalView) {
                // before PostgreSQL 14: no WAL figures
            }
        } catch (Exception e) {
            System.out.println("table statistics unavailable: " + e.getClass().getSimpleName());
        }
        return new Snapshot(counts, commits, rollbacks, blocksRead, blocksHit, databaseBytes, sharedBuffers, wal,
                indexRead, indexHit);
    }

    /**
     * The tables with the most rows read by sequential scans between the snapshots, and the tables with the most
     * rows written, per paid session.
     */
    static String report(Snapshot start, Snapshot end, long paid, int limit) {
        Map<String, Counts> before = start.tables();
        Map<String, Counts> after = end.tables();
        if (after.isEmpty() || paid <= 0) {
            return "";
        }
        record Row(String table, Counts d, long liveRows) {
        }
        List<Row> rows = new ArrayList<>();
        after.forEach((table, a) -> {
            Counts b = before.getOrDefault(table, Counts.NONE);
            rows.add(new Row(table, new Counts(a.seqScans() - b.seqScans(), a.seqRows() - b.seqRows(),
                    a.indexScans() - b.indexScans(), a.liveRows(), a.inserted() - b.inserted(),
                    a.updated() - b.updated(), a.hotUpdated() - b.hotUpdated(), a.deleted() - b.deleted(),
                    a.autovacuums() - b.autovacuums(), a.autoanalyzes() - b.autoanalyzes()),
                    a.liveRows()));
        });
        rows.sort((x, y) -> Long.compare(y.d().seqRows(), x.d().seqRows()));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, """

                ## Table reads during the run (pg_stat_user_tables), most rows read by sequential scans first
                | table | sequential scans | rows read by them per paid session | index scans per paid session | live rows at end |
                |---|---:|---:|---:|---:|
                """));
        for (Row r : rows.subList(0, Math.min(limit, rows.size()))) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d |%n", r.table(), r.d().seqScans(),
                    (double) r.d().seqRows() / paid, (double) r.d().indexScans() / paid, r.liveRows()));
        }
        rows.sort((x, y) -> Long.compare(y.d().written(), x.d().written()));
        long total = rows.stream().mapToLong(r -> r.d().written()).sum();
        sb.append(String.format(Locale.ROOT, """

                ## Rows written during the run, per paid session (%.1f in all, in %.1f committed transactions; %.2f rolled back)
                | table | inserted | updated (of which HOT) | deleted |
                |---|---:|---:|---:|
                """, (double) total / paid, (double) (end.commits() - start.commits()) / paid,
                (double) (end.rollbacks() - start.rollbacks()) / paid));
        for (Row r : rows.subList(0, Math.min(limit, rows.size()))) {
            if (r.d().written() == 0) {
                break;
            }
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f (%.2f) | %.2f |%n", r.table(),
                    (double) r.d().inserted() / paid, (double) r.d().updated() / paid,
                    (double) r.d().hotUpdated() / paid, (double) r.d().deleted() / paid));
        }
        StringBuilder upkeep = new StringBuilder();
        rows.stream().filter(r -> r.d().autovacuums() + r.d().autoanalyzes() > 0)
                .sorted((x, y) -> Long.compare(y.d().autovacuums() + y.d().autoanalyzes(),
                        x.d().autovacuums() + x.d().autoanalyzes()))
                .forEach(r -> upkeep.append(upkeep.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT,
                        "%s %d/%d", r.table(), r.d().autovacuums(), r.d().autoanalyzes())));
        sb.append(String.format(Locale.ROOT, "%nAutovacuum/autoanalyze runs during the run, per table: %s.%n",
                upkeep.isEmpty() ? "none" : upkeep));
        long read = end.blocksRead() - start.blocksRead();
        long hit = end.blocksHit() - start.blocksHit();
        sb.append(String.format(Locale.ROOT, "%nBuffer cache (shared_buffers %s): %.1f blocks read from the OS and %.0f"
                        + " found in the cache per paid session (%.2f %% read); database %d MB at the end.%n",
                end.sharedBuffers(), (double) read / paid, (double) hit / paid,
                read + hit == 0 ? 0.0 : 100.0 * read / (read + hit), end.databaseBytes() >> 20));
        long indexRead = end.indexBlocksRead() - start.indexBlocksRead();
        long indexHit = end.indexBlocksHit() - start.indexBlocksHit();
        sb.append(String.format(Locale.ROOT, "Of them index blocks: %.1f read from the OS and %.0f found in the cache per"
                + " paid session.%n", (double) indexRead / paid, (double) indexHit / paid));
        if (start.wal().records() >= 0 && end.wal().records() >= 0) {
            long records = end.wal().records() - start.wal().records();
            long fpi = end.wal().fullPageImages() - start.wal().fullPageImages();
            long bytes = end.wal().bytes() - start.wal().bytes();
            sb.append(String.format(Locale.ROOT, "WAL per paid session (pg_stat_wal): %.1f records, %.2f full-page"
                    + " images, %.1f kB.%n", (double) records / paid, (double) fpi / paid, bytes / 1024.0 / paid));
        }
        return sb.toString();
    }
}
