package org.rcm.coding.domain.codeset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the CMS/NCHS ICD-10-CM formats into an {@link IcdCodeSet}:
 * <ul>
 * <li>order file (fixed width: order number 1-5, code 7-13, billable flag 15, short title 17-76, long title 78-),
 * <li>order addenda ({@code Add:|Delete:|Revise from:|Revise to:} then flag, code, short title (60), long title).
 * </ul>
 * A directory import takes the order file with the oldest effective date as the base and applies every addenda
 * folder named {@code <anything>_<yyyy-mm-dd>} whose date is later, in date order.
 */
public final class IcdImporter {
    private static final Pattern ADDENDA = Pattern.compile("^(Add|Delete|Revise from|Revise to):\\s+([01]) (\\S+)\\s");
    private static final Pattern DATED_DIR = Pattern.compile(".*_(\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern ORDER_FY = Pattern.compile("icd10cm[_-]order[_-](\\d{4})(?:[_-]jan)?\\.txt",
            Pattern.CASE_INSENSITIVE);

    private final Consumer<String> progress;

    public IcdImporter(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Reads an order file; every code valid from {@code effective}. Returns the number of codes read. */
    public int readOrderFile(Path file, LocalDate effective, IcdCodeSet into) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return readOrderFile(r, file.getFileName().toString(), effective, into);
        }
    }

    /** Same from a reader (lines starting with # are comments). */
    public int readOrderFile(BufferedReader r, String name, LocalDate effective, IcdCodeSet into) throws IOException {
        int n = 0;
        {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.length() < 17 || line.startsWith("#")) {
                    continue;
                }
                String code = line.substring(6, 13).trim();
                boolean billable = line.charAt(14) == '1';
                String shortTitle = line.substring(16, Math.min(76, line.length())).trim();
                String longTitle = line.length() > 77 ? line.substring(77).trim() : shortTitle;
                into.add(code, billable, shortTitle, longTitle, effective);
                if (++n % 20000 == 0) {
                    progress.accept("icd10cm order file " + name + ": " + n + " codes");
                }
            }
        }
        progress.accept("icd10cm order file " + name + ": " + n + " codes, valid from " + effective);
        return n;
    }

    /** Applies one order-addenda file effective on {@code effective}. Returns the number of actions applied. */
    public int applyOrderAddenda(Path file, LocalDate effective, IcdCodeSet into) throws IOException {
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            Matcher m = ADDENDA.matcher(line);
            if (!m.find()) {
                continue;
            }
            String action = m.group(1);
            boolean billable = m.group(2).equals("1");
            String code = m.group(3);
            int titles = line.indexOf(code, m.start(3)) + 8;
            String shortTitle = titles < line.length() ? line.substring(titles, Math.min(titles + 60,
                    line.length())).trim() : "";
            String longTitle = titles + 61 < line.length() ? line.substring(titles + 61).trim() : shortTitle;
            switch (action) {
                case "Delete", "Revise from" -> into.close(code, effective);
                default -> into.add(code, billable, shortTitle, longTitle, effective);
            }
            n++;
        }
        progress.accept("icd10cm addenda " + file.getFileName() + ": " + n + " actions effective " + effective);
        return n;
    }

    /**
     * Imports a directory laid out like the CMS distribution: {@code icd10cm_order_<fy>[_jan].txt} files and an
     * {@code addenda/<name>_<yyyy-mm-dd>/} folder per release holding {@code *order*addenda*.txt}.
     */
    public IcdCodeSet importDirectory(Path dir) throws IOException {
        IcdCodeSet set = new IcdCodeSet();
        Path base = null;
        LocalDate baseDate = null;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Matcher m = ORDER_FY.matcher(f.getFileName().toString());
                if (m.matches()) {
                    LocalDate effective = LocalDate.of(Integer.parseInt(m.group(1)) - 1, 10, 1);
                    if (baseDate == null || effective.isBefore(baseDate)) {
                        base = f;
                        baseDate = effective;
                    }
                }
            }
        }
        if (base == null) {
            throw new IOException("no icd10cm order file (icd10cm_order_<year>.txt) in " + dir.getFileName());
        }
        readOrderFile(base, baseDate, set);
        Path addenda = dir.resolve("addenda");
        if (Files.isDirectory(addenda)) {
            List<Path> releases = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(addenda)) {
                dirs.filter(Files::isDirectory).filter(d -> DATED_DIR.matcher(d.getFileName().toString()).matches())
                        .forEach(releases::add);
            }
            releases.sort(Comparator.comparing(IcdImporter::releaseDate));
            for (Path release : releases) {
                LocalDate effective = releaseDate(release);
                if (!effective.isAfter(baseDate)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(release)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().matches("(?i).*order.addenda.*\\.txt"))
                            .sorted().toList()) {
                        applyOrderAddenda(f, effective, set);
                    }
                }
            }
        }
        progress.accept("icd10cm: " + set.size() + " codes with history");
        return set;
    }

    static LocalDate releaseDate(Path dir) {
        Matcher m = DATED_DIR.matcher(dir.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a dated release folder");
        }
        return LocalDate.parse(m.group(1));
    }
}
