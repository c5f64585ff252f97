package org.rcm.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for canary values (distinctive fake PHI given to the system on purpose) in the services' log files and in
 * the error bodies the test collected. A log file may be appended to across runs, so of a file that existed at
 * {@link #mark} only what was written after is read; a file created anew since is read whole. Hits name the file and line (or the body's request) and the canary, never the line.
 */
final class CanaryScan {
    record Hit(String source, long line, String canary) {
        @Override
        public String toString() {
            return source + (line > 0 ? ":" + line : "") + " contains canary \"" + canary + "\"";
        }
    }

    record Result(int files, long logLines, int bodies, List<Hit> hits) {
    }

    /** Where a log file ended when marked: its identity (inode) and length. */
    record Mark(Object fileKey, long size) {
    }

    /** An error body and the request that got it. */
    record Body(String request, String body) {
    }

    private final List<Body> bodies = Collections.synchronizedList(new ArrayList<>());

    /** For the error sinks of {@link Http} and {@link RawHttp}. */
    void add(String request, String body) {
        bodies.add(new Body(request, body == null ? "" : body));
    }

    int bodyCount() {
        return bodies.size();
    }

    /** The current length of each log file in the folder: what a later scan skips. */
    static Map<Path, Mark> mark(Path logDir) throws IOException {
        Map<Path, Mark> marks = new HashMap<>();
        if (Files.isDirectory(logDir)) {
            try (Stream<Path> files = Files.list(logDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    marks.put(f.toAbsolutePath(), new Mark(a.fileKey(), a.size()));
                }
            }
        }
        return marks;
    }

    Result scan(Path logDir, Map<Path, Mark> from, List<String> canaries) throws IOException {
        List<String> needles = canaries.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<Hit> hits = new ArrayList<>();
        long lines = 0;
        int files = 0;
        try (Stream<Path> list = Files.list(logDir)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                files++;
                Mark m = from.get(f.toAbsolutePath());
                BasicFileAttributes now = Files.readAttributes(f, BasicFileAttributes.class);
                long skip = m != null && m.fileKey() != null && m.fileKey().equals(now.fileKey())
                        && m.size() <= now.size() ? m.size() : 0;
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                long offset = 0;
                long number = 0;
                for (String line : text.split("\n", -1)) {
                    number++;
                    if (offset >= skip) {
                        lines++;
                        find(line, needles, f.getFileName().toString(), number, hits);
                    }
                    offset += line.length() + 1;
                }
            }
        }
        List<Body> copy;
        synchronized (bodies) {
            copy = new ArrayList<>(bodies);
        }
        for (int i = 0; i < copy.size(); i++) {
            // the request line may carry a canary on purpose (a search by name): name the body by number and path
            String request = copy.get(i).request().replaceAll("\\?.*", "");
            find(copy.get(i).body(), needles, "error body #" + (i + 1) + " of " + request, 0, hits);
        }
        return new Result(files, lines, copy.size(), hits);
    }

    private static void find(String text, List<String> needles, String source, long line, List<Hit> hits) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String n : needles) {
            if (lower.contains(n)) {
                hits.add(new Hit(source, line, n));
            }
        }
    }
}
