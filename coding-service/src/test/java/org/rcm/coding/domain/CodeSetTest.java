package org.rcm.coding.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcm.coding.domain.codeset.HcpcsCode;
import org.rcm.coding.domain.codeset.HcpcsImporter;
import org.rcm.coding.domain.codeset.IcdCodeSet;
import org.rcm.coding.domain.codeset.IcdImporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Code-set importers on self-written fixtures (always) and on the real CMS files when ../shared is present. */
class CodeSetTest {
    static Path shared() {
        String dir = System.getProperty("rcm.shared.dir");
        return dir == null ? null : Path.of(dir, "codesets");
    }

    static String order(int n, String code, int flag, String title) {
        return String.format("%05d %-7s %d %-60s %s%n", n, code, flag, title.length() > 60 ? title.substring(0, 60)
                : title, title);
    }

    static String addenda(String action, int flag, String code, String title) {
        return String.format("%-13s%d %-7s %-60s %s%n", action + ":", flag, code, title.length() > 60
                ? title.substring(0, 60) : title, title);
    }

    @Test
    void orderFilePlusAddendaGiveValidityByDateOfService(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("icd10cm_order_2021.txt"), order(1, "F32", 0, "Depressive episode")
                + order(2, "F329", 1, "Major depressive disorder, single episode, unspecified")
                + order(3, "F78", 1, "Other intellectual disabilities")
                + order(4, "F0150", 1, "Vascular dementia without behavioral disturbance"));
        Path r22 = Files.createDirectories(dir.resolve("addenda/fy2022_2021-10-01"));
        Files.writeString(r22.resolve("icd10cm-order-addenda-2022.txt"), addenda("Add", 1, "F32A",
                "Depression, unspecified") + addenda("Delete", 1, "F78", "Other intellectual disabilities")
                + addenda("Add", 0, "F78", "Other intellectual disabilities"));
        Path r23 = Files.createDirectories(dir.resolve("addenda/fy2023_2022-10-01"));
        Files.writeString(r23.resolve("icd10cm-order-addenda-2023.txt"), addenda("Revise from", 1, "F0150",
                "Vascular dementia without behavioral disturbance") + addenda("Revise to", 1, "F0150",
                "Vascular dementia, unspecified severity, without behavioral disturbance"));
        List<String> progress = new ArrayList<>();
        IcdCodeSet set = new IcdImporter(progress::add).importDirectory(dir);

        assertThat(set.on("F32.A", LocalDate.of(2021, 9, 30))).isEmpty();
        assertThat(set.on("F32.A", LocalDate.of(2021, 10, 1))).isPresent();
        assertThat(set.on("F78", LocalDate.of(2021, 9, 30)).orElseThrow().billable()).isTrue();
        assertThat(set.on("F78", LocalDate.of(2021, 10, 1)).orElseThrow().billable()).isFalse();
        assertThat(set.on("F01.50", LocalDate.of(2022, 9, 30)).orElseThrow().longTitle())
                .isEqualTo("Vascular dementia without behavioral disturbance");
        assertThat(set.on("F01.50", LocalDate.of(2022, 10, 1)).orElseThrow().longTitle()).contains("unspecified");
        assertThat(progress).anyMatch(p -> p.contains("addenda")).last().asString().contains("codes with history");
    }

    @Test
    void hcpcsFixedWidthWithContinuationLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("HCPC2026_JAN_ANWEB_fixture.txt");
        Files.writeString(f, hcpcs("H0015", "00100", '3', "Alcohol and/or drug services; intensive outpatient",
                "Alcohol and/or drug services", "20010101", "20010101", "")
                + hcpcs("H0015", "00200", '4', "(treatment program, at least 3 hours/day)", "", "", "", "")
                + hcpcs("Q9999", "00100", '3', "Retired code", "Retired", "20100101", "20100101", "20201231"));
        List<HcpcsCode> codes = new HcpcsImporter(m -> { }).read(f);
        assertThat(codes).hasSize(2);
        assertThat(codes.get(0).longDescription()).endsWith("at least 3 hours/day)");
        assertThat(codes.get(1).validOn(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(codes.get(1).validOn(LocalDate.of(2021, 1, 1))).isFalse();
    }

    static String hcpcs(String code, String seq, char rec, String longD, String shortD, String added, String eff,
                        String term) {
        StringBuilder b = new StringBuilder(" ".repeat(320));
        put(b, 1, code);
        put(b, 6, seq);
        put(b, 11, String.valueOf(rec));
        put(b, 12, longD);
        put(b, 92, shortD);
        put(b, 269, added);
        put(b, 277, eff);
        put(b, 285, term);
        return b.toString().stripTrailing() + "\r\n";
    }

    static void put(StringBuilder b, int col, String s) {
        b.replace(col - 1, col - 1 + s.length(), s);
    }

    @Test
    void realCmsIcdFilesWhenPresent() throws IOException {
        Path dir = shared();
        assumeTrue(dir != null && Files.isDirectory(dir.resolve("icd10cm")),
                "../shared/codesets/icd10cm not present: real ICD-10-CM import not checked");
        long t0 = System.nanoTime();
        IcdCodeSet set = new IcdImporter(m -> { }).importDirectory(dir.resolve("icd10cm"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("real ICD-10-CM import (2021 order file + 9 addenda): " + set.size() + " codes in " + ms
                + " ms");
        assertThat(set.on("F32A", LocalDate.of(2021, 9, 30))).isEmpty();
        assertThat(set.on("F32A", LocalDate.of(2021, 10, 1))).isPresent();
        assertThat(set.on("F43.81", LocalDate.of(2022, 9, 30))).isEmpty();
        assertThat(set.on("F43.81", LocalDate.of(2022, 10, 1)).orElseThrow().longTitle())
                .isEqualTo("Prolonged grief disorder");
        assertThat(set.on("F50.01", LocalDate.of(2024, 9, 30)).orElseThrow().billable()).isTrue();
        assertThat(set.on("F50.01", LocalDate.of(2024, 10, 1)).orElseThrow().billable()).isFalse();
        assertThat(set.on("F41", LocalDate.of(2026, 1, 5)).orElseThrow().billable()).isFalse();
        // the chain ends where the FY2026 order file is: same billable codes on 2025-10-01
        Path fy26 = dir.resolve("icd10cm/icd10cm_order_2026.txt");
        if (Files.exists(fy26)) {
            IcdCodeSet only26 = new IcdCodeSet();
            new IcdImporter(m -> { }).readOrderFile(fy26, LocalDate.of(2025, 10, 1), only26);
            LocalDate d = LocalDate.of(2025, 10, 1);
            Map<String, Boolean> a = set.validOn(d).stream().collect(Collectors.toMap(c -> c.code(),
                    c -> c.billable()));
            Map<String, Boolean> b = only26.validOn(d).stream().collect(Collectors.toMap(c -> c.code(),
                    c -> c.billable()));
            assertThat(a).hasSize(98186).isEqualTo(b);
        }
    }

    @Test
    void realCmsHcpcsFileWhenPresent() throws IOException {
        Path dir = shared();
        assumeTrue(dir != null && Files.isDirectory(dir.resolve("hcpcs")),
                "../shared/codesets/hcpcs not present: real HCPCS import not checked");
        Path file;
        try (var files = Files.list(dir.resolve("hcpcs"))) {
            file = files.filter(p -> p.getFileName().toString().contains("ANWEB")).findFirst().orElseThrow();
        }
        Map<String, HcpcsCode> codes = new HcpcsImporter(m -> { }).read(file).stream()
                .filter(c -> c.kind().equals("PROCEDURE"))
                .collect(Collectors.toMap(HcpcsCode::code, Function.identity(), (x, y) -> x));
        assertThat(codes).containsKeys("H0004", "H0015", "H2019");
        assertThat(codes.get("H0004").longDescription()).containsIgnoringCase("per 15 minutes");
        assertThat(codes.get("H0015").longDescription()).contains("3 hours/day");
        assertThat(codes.get("H2019").validOn(LocalDate.of(2026, 1, 5))).isTrue();
        assertThat(codes.keySet()).noneMatch(c -> c.matches("\\d{5}"));
    }
}
