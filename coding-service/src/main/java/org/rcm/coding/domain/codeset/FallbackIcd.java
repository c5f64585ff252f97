package org.rcm.coding.domain.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A small self-written list of behavioral-health codes (classpath {@code codesets/icd10cm-fallback.txt}) used when
 * no CMS code set has been imported, so a fresh install still maps common diagnoses. F32A is valid from
 * 2021-10-01 and F43.81 from 2022-10-01 as in the CMS addenda; everything else from 2015-10-01.
 */
public final class FallbackIcd {
    private static final IcdCodeSet SET = load();

    private FallbackIcd() {
    }

    public static IcdCodeSet get() {
        return SET;
    }

    private static IcdCodeSet load() {
        IcdCodeSet set = new IcdCodeSet();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FallbackIcd.class.getResourceAsStream("/codesets/icd10cm-fallback.txt"), StandardCharsets.UTF_8))) {
            new IcdImporter(msg -> { }).readOrderFile(r, "fallback", LocalDate.of(2015, 10, 1), set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redate(set, "F32A", LocalDate.of(2021, 10, 1));
        redate(set, "F4381", LocalDate.of(2022, 10, 1));
        return set;
    }

    private static void redate(IcdCodeSet set, String code, LocalDate from) {
        IcdCode c = set.history(code).get(0);
        set.close(code, LocalDate.of(2015, 10, 1));
        set.add(code, c.billable(), c.shortTitle(), c.longTitle(), from);
    }
}
