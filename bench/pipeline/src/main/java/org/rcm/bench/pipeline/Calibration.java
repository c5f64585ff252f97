package org.rcm.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A fixed piece of single-threaded CPU work, timed in a fresh JVM of its own (so neither the benchmark JVM's broker
 * threads and collections nor its JIT state distort it): how fast this host runs code right now.
 * The machines this runs on are virtual, and their speed moved by about 40 % within one day (the same build's CPU
 * per session rose and fell with it), so a run's figures are only comparable with another run's when both also
 * report how long this fixed work took. The work mixes what the stack does: hashing, sorting, string building and
 * map lookups (no I/O, no allocation-heavy garbage beyond a few MB).
 */
final class Calibration {
    private static volatile long sink;
    private static boolean compiled;

    private Calibration() {
    }

    /** Runs the work in a fresh JVM and returns its milliseconds (NaN when that JVM could not be run). */
    static double inFreshJvm() {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    Calibration.class.getName()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? Double.parseDouble(out) : Double.NaN;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    public static void main(String[] args) {
        System.out.println(millis());
    }

    /**
     * Milliseconds the fixed work takes now: the median of seven timed runs. The first call runs it 30 times untimed
     * first, so the JIT has compiled it before any timing (else the first timing is of slower code than the later).
     */
    static synchronized double millis() {
        double[] runs = new double[7];
        int untimed = compiled ? 2 : 30;
        compiled = true;
        for (int i = -untimed; i < runs.length; i++) {
            long start = System.nanoTime();
            sink += work();
            if (i >= 0) {
                runs[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    static String describe(String when, double millis) {
        return String.format(Locale.ROOT, "%s %.1f ms", when, millis);
    }

    private static long work() {
        long check = 0;
        Random random = new Random(42);
        int[] numbers = new int[200_000];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = random.nextInt();
        }
        Arrays.sort(numbers);
        check += numbers[numbers.length / 2];
        Map<String, Integer> map = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.setLength(0);
            sb.append("claim-").append(i % 5_000).append('/').append(i * 31 % 977);
            map.merge(sb.toString(), 1, Integer::sum);
        }
        check += map.size();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] block = "ISA*00*          *00*          *ZZ*SANDBOX~".repeat(100).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 2_000; i++) {
                sha.update(block);
            }
            check += sha.digest()[0];
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return check;
    }
}
