package org.rcm.coding.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.rcm.coding.domain.codeset.HcpcsCode;
import org.rcm.coding.domain.codeset.HcpcsImporter;
import org.rcm.coding.domain.codeset.IcdCode;
import org.rcm.coding.domain.codeset.IcdCodeSet;
import org.rcm.coding.domain.codeset.IcdImporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads CMS code-set files into the coding schema, replacing the previous content of that code set in one
 * database transaction (readers see the old set until commit). Progress goes to the log and the caller.
 */
@ApplicationScoped
public class CodeSetImportService {
    private static final Logger LOG = Logger.getLogger(CodeSetImportService.class);
    private static final int BATCH = 5000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    CodeSetRepository repository;

    public record Result(String kind, int rows, String source) {
    }

    /** Imports ICD-10-CM (order file + addenda) from {@code dir}/icd10cm or dir itself. */
    public Result importIcd(Path dir, String actor, Consumer<String> progress) throws IOException, SQLException {
        Path icdDir = Files.isDirectory(dir.resolve("icd10cm")) ? dir.resolve("icd10cm") : dir;
        Consumer<String> both = both(progress);
        IcdCodeSet set = new IcdImporter(both).importDirectory(icdDir);
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var del = c.createStatement()) {
                del.executeUpdate("delete from icd10cm_code");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into icd10cm_code (code, billable, short_title,"
                    + " long_title, valid_from, valid_to) values (?, ?, ?, ?, ?, ?)")) {
                for (List<IcdCode> periods : set.all()) {
                    for (IcdCode p : periods) {
                        ps.setString(1, p.code());
                        ps.setBoolean(2, p.billable());
                        ps.setString(3, truncate(p.shortTitle(), 128));
                        ps.setString(4, p.longTitle());
                        ps.setObject(5, p.validFrom());
                        setDate(ps, 6, p.validTo());
                        ps.addBatch();
                        if (++rows % BATCH == 0) {
                            ps.executeBatch();
                        }
                        if (rows % 25000 == 0) {
                            both.accept("icd10cm: " + rows + " rows stored");
                        }
                    }
                }
                ps.executeBatch();
            }
            audit(c, "ICD10CM", icdDir.getFileName().toString(), rows, actor);
            c.commit();
        }
        repository.invalidate();
        both.accept("icd10cm: import complete, " + rows + " rows");
        return new Result("ICD10CM", rows, icdDir.getFileName().toString());
    }

    /** Imports the HCPCS Level II alpha-numeric file (HCPC*_ANWEB*.txt) found in {@code dir}/hcpcs or dir. */
    public Result importHcpcs(Path dir, String actor, Consumer<String> progress) throws IOException, SQLException {
        Path hDir = Files.isDirectory(dir.resolve("hcpcs")) ? dir.resolve("hcpcs") : dir;
        Path file;
        try (Stream<Path> files = Files.list(hDir)) {
            file = files.filter(f -> f.getFileName().toString().matches("(?i)HCPC.*ANWEB.*\\.txt")).sorted()
                    .reduce((a, b) -> b).orElseThrow(() -> new IOException("no HCPC*ANWEB*.txt file"));
        }
        Consumer<String> both = both(progress);
        List<HcpcsCode> codes = new HcpcsImporter(both).read(file);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var del = c.createStatement()) {
                del.executeUpdate("delete from hcpcs_code");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into hcpcs_code (code, kind, short_description,"
                    + " long_description, added_date, effective_date, termination_date) values (?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict do nothing")) {
                int n = 0;
                for (HcpcsCode h : codes) {
                    ps.setString(1, h.code());
                    ps.setString(2, h.kind());
                    ps.setString(3, truncate(h.shortDescription(), 64));
                    ps.setString(4, h.longDescription());
                    setDate(ps, 5, h.added());
                    setDate(ps, 6, h.effective());
                    setDate(ps, 7, h.terminated());
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            audit(c, "HCPCS", file.getFileName().toString(), codes.size(), actor);
            c.commit();
        }
        both.accept("hcpcs: import complete, " + codes.size() + " codes");
        return new Result("HCPCS", codes.size(), file.getFileName().toString());
    }

    private static void audit(Connection c, String kind, String source, int rows, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into codeset_import (kind, source, row_count,"
                + " imported_by, imported_at) values (?, ?, ?, ?, ?)")) {
            ps.setString(1, kind);
            ps.setString(2, truncate(source, 256));
            ps.setInt(3, rows);
            ps.setString(4, actor);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d);
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    private static Consumer<String> both(Consumer<String> progress) {
        return msg -> {
            LOG.info(msg);
            progress.accept(msg);
        };
    }
}
