package org.rcm.coding.domain.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the CMS HCPCS Level II alpha-numeric file (fixed width 320; record id in column 11: 3/7 = first line of
 * a procedure/modifier with details, 4/8 = continuation of the long description). Positions from the CMS record
 * layout: code 1-5, long description 12-91, short 92-119, added date 269-276, action effective 277-284,
 * termination 285-292.
 */
public final class HcpcsImporter {
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    private final Consumer<String> progress;

    public HcpcsImporter(Consumer<String> progress) {
        this.progress = progress;
    }

    public List<HcpcsCode> read(Path file) throws IOException {
        List<HcpcsCode> out = new ArrayList<>();
        int lines = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = r.readLine()) != null) {
                lines++;
                if (line.length() < 11) {
                    continue;
                }
                char rec = line.charAt(10);
                if (rec == '4' || rec == '8') {
                    if (!out.isEmpty()) {
                        HcpcsCode last = out.get(out.size() - 1);
                        String more = field(line, 12, 91);
                        out.set(out.size() - 1, new HcpcsCode(last.code(), last.kind(), last.shortDescription(),
                                (last.longDescription() + " " + more).trim(), last.added(), last.effective(),
                                last.terminated()));
                    }
                    continue;
                }
                if (rec != '3' && rec != '7') {
                    continue;
                }
                String code = rec == '7' ? field(line, 4, 5) : field(line, 1, 5);
                out.add(new HcpcsCode(code, rec == '7' ? "MODIFIER" : "PROCEDURE", field(line, 92, 119),
                        field(line, 12, 91), date(line, 269), date(line, 277), date(line, 285)));
                if (lines % 5000 == 0) {
                    progress.accept("hcpcs " + file.getFileName() + ": " + lines + " records");
                }
            }
        }
        progress.accept("hcpcs " + file.getFileName() + ": " + out.size() + " codes from " + lines + " records");
        return out;
    }

    private static String field(String line, int from, int to) {
        if (line.length() < from) {
            return "";
        }
        return line.substring(from - 1, Math.min(to, line.length())).trim();
    }

    private static LocalDate date(String line, int from) {
        String s = field(line, from, from + 7);
        return s.matches("\\d{8}") ? LocalDate.parse(s, YMD) : null;
    }
}
