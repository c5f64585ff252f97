package org.rcm.platform.x12;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the third-party samples in ../shared/x12-samples (never copied into the repository). */
final class SharedSamples {
    private SharedSamples() {
    }

    /**
     * {@code rcm.shared.dir} (set by surefire to {@code <repo>/../shared}); when it is unset or has no
     * samples (a build started with {@code -f platform/x12/pom.xml} resolves it from the module directory),
     * {@code ../../../shared} relative to the module directory.
     */
    static Path dir() {
        String prop = System.getProperty("rcm.shared.dir");
        if (prop != null && !prop.isBlank()) {
            Path d = Path.of(prop).resolve("x12-samples").toAbsolutePath().normalize();
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return Path.of("../../../shared").resolve("x12-samples").toAbsolutePath().normalize();
    }

    /** Skips the calling test when the samples are absent. */
    static Path requireDir() {
        Path d = dir();
        assumeTrue(Files.isDirectory(d), "shared X12 samples not found at " + d + ": skipping sample-file tests");
        return d;
    }

    static Path file(String name) {
        Path p = requireDir().resolve(name);
        assumeTrue(Files.isRegularFile(p), "sample " + name + " not found: skipping");
        return p;
    }

    static List<Path> all() throws IOException {
        Path d = requireDir();
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".edi")).sorted().toList();
        }
    }
}
