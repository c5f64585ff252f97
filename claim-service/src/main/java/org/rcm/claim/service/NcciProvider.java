package org.rcm.claim.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rcm.claim.domain.ncci.NcciImporter;
import org.rcm.claim.domain.ncci.NcciTables;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The NCCI tables the scrubber uses, loaded once from the CMS practitioner PTP and MUE files named by
 * {@code rcm.claim.ncci.ptp-files} / {@code rcm.claim.ncci.mue-files} (comma-separated; none = no NCCI edits).
 */
@ApplicationScoped
public class NcciProvider {
    private static final Logger LOG = Logger.getLogger(NcciProvider.class);

    @ConfigProperty(name = "rcm.claim.ncci.ptp-files")
    Optional<List<String>> ptpFiles;
    @ConfigProperty(name = "rcm.claim.ncci.mue-files")
    Optional<List<String>> mueFiles;

    private volatile NcciTables tables;

    public NcciTables tables() {
        NcciTables t = tables;
        if (t == null) {
            synchronized (this) {
                if (tables == null) {
                    tables = load();
                }
                t = tables;
            }
        }
        return t;
    }

    private NcciTables load() {
        NcciTables.Builder b = NcciTables.builder();
        try {
            for (String f : ptpFiles.orElse(List.of())) {
                try (Reader r = Files.newBufferedReader(Path.of(f.trim()), StandardCharsets.ISO_8859_1)) {
                    NcciImporter.Result res = NcciImporter.readPtp(r, b);
                    LOG.infof("NCCI PTP %s: %d edits loaded, %d rows rejected", f, res.loaded(), res.rejectedLines().size());
                }
            }
            for (String f : mueFiles.orElse(List.of())) {
                try (Reader r = Files.newBufferedReader(Path.of(f.trim()), StandardCharsets.ISO_8859_1)) {
                    NcciImporter.Result res = NcciImporter.readMue(r, b);
                    LOG.infof("NCCI MUE %s: %d limits loaded, %d rows rejected", f, res.loaded(), res.rejectedLines().size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("NCCI files unreadable", e);
        }
        NcciTables t = b.build();
        if (t.ptpCount() == 0 && t.mueCount() == 0) {
            LOG.info("no NCCI files configured: NCCI-PTP and NCCI-MUE edits are off");
        }
        return t;
    }
}
