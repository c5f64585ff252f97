package org.rcm.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the sandbox clearinghouse as a child process from its built jar (the gateway may not depend on the sandbox
 * module) on random ports, with the test scenario and a fresh data directory, and points the gateway's trading
 * partners at it. Fault tests stop and restart it on the same ports and data.
 */
public class SandboxProcess implements QuarkusTestResourceLifecycleManager {
    static int httpPort;
    static int sftpPort;
    static Path dataDir;
    private static Process process;

    @Override
    public Map<String, String> start() {
        try {
            httpPort = freePort();
            sftpPort = freePort();
            dataDir = Files.createTempDirectory("rcm-sandbox-");
            Files.createDirectories(dataDir.resolve("sftp/quiet"));
            Files.createDirectories(dataDir.resolve("sftp/quiet-out/processed"));
            startProcess();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String http = "http://127.0.0.1:" + httpPort;
        return Map.of(
                "rcm.gateway.partners.sandbox-sftp.port", Integer.toString(sftpPort),
                "rcm.gateway.partners.sandbox-sftp.realtime-url", http,
                "rcm.gateway.partners.sandbox-quiet.port", Integer.toString(sftpPort),
                "rcm.gateway.partners.sandbox-rest.base-url", http);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    static synchronized void startProcess() throws IOException {
        String jar = System.getProperty("rcm.sandbox.jar", "../sandbox/target/quarkus-app/quarkus-run.jar");
        if (!new File(jar).isFile()) {
            throw new IllegalStateException("sandbox jar not found at " + jar
                    + ": build the sandbox module first (mvn -f sandbox/pom.xml install)");
        }
        String scenario = Path.of("src/test/resources/sandbox-scenario.json").toAbsolutePath().toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + httpPort, "-Dsandbox.sftp.port=" + sftpPort,
                "-Dsandbox.data-dir=" + dataDir, "-Dsandbox.scenario=" + scenario, "-Dsandbox.poll-interval=0.3s",
                "-jar", jar));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("sandbox.log").toFile()));
        process = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("sandbox exited; see " + dataDir.resolve("sandbox.log"));
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException ignored) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("sandbox not ready in 90 s; see " + dataDir.resolve("sandbox.log"));
    }

    static synchronized void stopProcess() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stop() {
        stopProcess();
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
