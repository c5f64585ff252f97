package org.rcm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny smoke test of the generators and both readers (the benchmark itself never runs in tests). */
class BenchSmokeTest {

    @Test
    void tinyFilesAreGeneratedAndRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("835-small.edi");
        Synthetic835.write(f, 20, 1);
        byte[] bytes = Files.readAllBytes(f);
        assertEquals(20, X12Bench.readOurs(bytes));
        assertTrue(X12Bench.readStaedi(bytes) > 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(10, Synthetic837.write(out, 10));
        assertTrue(out.size() > 1000);
    }
}
