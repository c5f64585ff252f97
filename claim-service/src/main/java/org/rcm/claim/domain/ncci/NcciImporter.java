package org.rcm.claim.domain.ncci;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CMS practitioner NCCI files as CMS publishes them.
 * <ul>
 * <li>PTP: tab-delimited text, columns {@code Column 1, Column 2, *=in existence prior to 1996, Effective Date,
 * Deletion Date (*=no data), Modifier 0/1/9, PTP Edit Rationale}, dates yyyyMMdd, preceded by notice and header
 * lines.</li>
 * <li>MUE: CSV, columns {@code HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication Indicator,
 * MUE Rationale}; the indicator reads e.g. "2 Date of Service Edit: Policy"; notice lines may precede the
 * header.</li>
 * </ul>
 * Lines that are not data rows (notices, headers, blank) are skipped; data rows that do not parse are counted as
 * rejected with their line number.
 */
public final class NcciImporter {
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    public record Result(int loaded, int skipped, List<Integer> rejectedLines) {
    }

    private NcciImporter() {
    }

    public static Result readPtp(Reader in, NcciTables.Builder into) throws IOException {
        BufferedReader r = new BufferedReader(in);
        int loaded = 0;
        int skipped = 0;
        List<Integer> rejected = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length < 6 || !isCode(f[0].trim()) || !isCode(f[1].trim())) {
                skipped++;
                continue;
            }
            try {
                LocalDate effective = LocalDate.parse(f[3].trim(), YMD);
                String del = f[4].trim();
                LocalDate deletion = del.isEmpty() || del.equals("*") ? null : LocalDate.parse(del, YMD);
                String mod = f[5].trim();
                if (mod.length() != 1 || "019".indexOf(mod.charAt(0)) < 0) {
                    rejected.add(lineNo);
                    continue;
                }
                String rationale = f.length > 6 ? f[6].trim() : "";
                into.add(new PtpEdit(f[0].trim(), f[1].trim(), effective, deletion, mod.charAt(0), rationale));
                loaded++;
            } catch (DateTimeParseException e) {
                rejected.add(lineNo);
            }
        }
        return new Result(loaded, skipped, List.copyOf(rejected));
    }

    public static Result readMue(Reader in, NcciTables.Builder into) throws IOException {
        BufferedReader r = new BufferedReader(in);
        int loaded = 0;
        int skipped = 0;
        List<Integer> rejected = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            List<String> f = csv(line);
            if (f.size() < 3 || !isCode(f.get(0).trim())) {
                skipped++;
                continue;
            }
            try {
                int units = Integer.parseInt(f.get(1).trim());
                String mai = f.get(2).trim();
                int indicator = mai.isEmpty() ? -1 : Character.digit(mai.charAt(0), 10);
                if (units < 0 || indicator < 1 || indicator > 3) {
                    rejected.add(lineNo);
                    continue;
                }
                into.add(new MueLimit(f.get(0).trim(), units, indicator, f.size() > 3 ? f.get(3).trim() : ""));
                loaded++;
            } catch (NumberFormatException e) {
                rejected.add(lineNo);
            }
        }
        return new Result(loaded, skipped, List.copyOf(rejected));
    }

    /** HCPCS/CPT code: 5 characters, letters and digits. */
    static boolean isCode(String s) {
        if (s.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** One CSV record (RFC 4180 quoting, no embedded line breaks). */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
