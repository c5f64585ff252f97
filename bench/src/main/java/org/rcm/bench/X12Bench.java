package org.rcm.bench;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.remit.ClaimPayment;
import org.rcm.platform.x12.remit.Remittance835Listener;
import org.rcm.platform.x12.remit.Remittance835Reader;

/**
 * X12 benchmark, all in one run:
 * <ol>
 *   <li>generates balanced synthetic 835s with 10k and 100k claims and an 837P in {@code target/bench/};</li>
 *   <li>835 read throughput of our typed reader vs StAEDI's plain event loop over the same in-memory bytes
 *       (single thread, best of several rounds);</li>
 *   <li>the smallest heap (child JVMs with -Xmx16m/32m/64m) that reads the 100k-claim 835;</li>
 *   <li>837P writing speed in claims per second.</li>
 * </ol>
 * Arguments (optional): output directory (default {@code target/bench}), rounds (default 5).
 */
public final class X12Bench {
    private X12Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Files.createDirectories(dir);
        Path small = dir.resolve("835-10k.edi");
        Path large = dir.resolve("835-100k.edi");
        long t0 = System.nanoTime();
        Synthetic835.write(small, 10_000, 1);
        Synthetic835.write(large, 100_000, 2);
        System.out.printf(Locale.ROOT, "generated %s (%,d bytes, %.0f bytes/claim) and %s (%,d bytes, %.0f bytes/claim) in %.1f s%n",
                small.getFileName(), Files.size(small), Files.size(small) / 10_000.0, large.getFileName(),
                Files.size(large), Files.size(large) / 100_000.0, (System.nanoTime() - t0) / 1e9);

        for (Path p : List.of(small, large)) {
            byte[] bytes = Files.readAllBytes(p);
            double mb = bytes.length / 1e6;
            double ours = 0;
            double staedi = 0;
            long claims = 0;
            for (int i = 0; i < rounds; i++) {
                long s = System.nanoTime();
                claims = readOurs(bytes);
                ours = Math.max(ours, mb / ((System.nanoTime() - s) / 1e9));
                s = System.nanoTime();
                readStaedi(bytes);
                staedi = Math.max(staedi, mb / ((System.nanoTime() - s) / 1e9));
            }
            System.out.printf(Locale.ROOT, "%s: %,d claims, %.1f MB | ours (typed records) %.0f MB/s | StAEDI events %.0f MB/s | ratio %.1fx%n",
                    p.getFileName(), claims, mb, ours, staedi, ours / staedi);
        }

        String smallest = null;
        for (String heap : List.of("16m", "32m", "64m")) {
            boolean ok = probe(heap, large);
            System.out.printf("heap -Xmx%s reading %s: %s%n", heap, large.getFileName(), ok ? "completed" : "failed");
            if (ok && smallest == null) {
                smallest = heap;
            }
        }
        System.out.println("smallest heap completing 100k claims: " + (smallest == null ? "none of 16m/32m/64m" : smallest));

        Path out837 = dir.resolve("837p-100k.edi");
        double best = 0;
        for (int i = 0; i < Math.max(2, rounds / 2); i++) {
            long s = System.nanoTime();
            int n;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out837), 1 << 16)) {
                n = Synthetic837.write(o, 100_000);
            }
            best = Math.max(best, n / ((System.nanoTime() - s) / 1e9));
        }
        System.out.printf(Locale.ROOT, "837P writing: %,.0f claims/s (%s, %,d bytes)%n", best, out837.getFileName(),
                Files.size(out837));
    }

    static long readOurs(byte[] bytes) throws Exception {
        long[] n = {0};
        ValidationResult r = Remittance835Reader.read(new ByteArrayInputStream(bytes), new Remittance835Listener() {
            @Override
            public void onClaim(ClaimPayment c) {
                n[0]++;
            }
        });
        if (!r.isClean()) {
            throw new IllegalStateException("synthetic 835 not clean: " + r.findings().subList(0, 1));
        }
        return n[0];
    }

    static long readStaedi(byte[] bytes) throws Exception {
        long events = 0;
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                new ByteArrayInputStream(bytes))) {
            while (reader.hasNext()) {
                reader.next();
                events++;
            }
        }
        return events;
    }

    private static boolean probe(String heap, Path file) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(HeapProbe.class.getName());
        cmd.add(file.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        boolean done = p.waitFor(300, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0 && out.equals("100000");
    }
}
