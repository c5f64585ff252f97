package org.rcm.claim.domain;

import org.rcm.claim.domain.ncci.NcciImporter;
import org.rcm.claim.domain.ncci.NcciTables;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the hand-written sample rows (CMS layout) from src/test/resources/ncci. */
public final class NcciFixtures {
    private NcciFixtures() {
    }

    public static NcciTables.Builder load(NcciTables.Builder b) {
        try (Reader ptp = reader("/ncci/practitioner-ptp-sample.txt");
             Reader mue = reader("/ncci/practitioner-mue-sample.csv")) {
            NcciImporter.readPtp(ptp, b);
            NcciImporter.readMue(mue, b);
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NcciTables tables() {
        return load(NcciTables.builder()).build();
    }

    static Reader reader(String resource) {
        return new InputStreamReader(NcciFixtures.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
    }
}
