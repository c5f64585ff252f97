package org.rcm.local;

import org.rcm.platform.events.Topics;
import org.rcm.platform.testsupport.InJvmKafka;
import org.rcm.platform.testsupport.Postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system on one machine: a real Kafka broker inside this JVM, a real PostgreSQL (embedded unless told to
 * use a server), one database with a schema per service owned by an ordinary role (row-level security applies),
 * and every built service jar as a child process.
 */
public final class LocalStack implements AutoCloseable {
    private final Path repo;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private InJvmKafka kafka;
    private BrokerProcess broker;
    private EmbeddedDatabase embedded;
    private String bootstrap;
    private String databaseUrl;
    private String databaseUser;
    private boolean ownsDatabase;
    private Path logDir;
    private String heap = "256m";
    private boolean quickStart = true;
    private boolean requireEveryService;
    private int sftpPort;
    private Path sandboxScenario;
    private final Map<String, Map<String, String>> serviceProperties = new HashMap<>();
    private final Map<String, String> extraProperties = new HashMap<>();

    public LocalStack(Path repo) {
        this.repo = repo;
    }

    /** Finds the repository root: -Drcm.repo.dir, else the nearest folder above the working directory with mvnw. */
    public static Path findRepo() {
        String configured = System.getProperty("rcm.repo.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository or pass -Drcm.repo.dir");
        }
        return dir;
    }

    /**
     * Starts Kafka and PostgreSQL.
     *
     * @param embeddedDatabase true: an embedded PostgreSQL in this process tree; false: the server found by
     *                         {@link Postgres} (RCM_PG_URL or 127.0.0.1:5432), in a fresh database
     */
    public LocalStack startInfrastructure(boolean embeddedDatabase, Consumer<String> progress) {
        long t0 = System.nanoTime();
        kafka = InJvmKafka.start();
        bootstrap = kafka.bootstrapServers();
        createTopics();
        progress.accept(String.format("Kafka broker (in-JVM, KRaft) at %s in %d ms", bootstrap, ms(t0)));
        long t1 = System.nanoTime();
        if (embeddedDatabase) {
            EmbeddedDatabase db = EmbeddedDatabase.start();
            databaseUrl = db.createDatabase("rcm", "rcm_app");
            databaseUser = "rcm_app";
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-pg-stop"));
        } else {
            Postgres.Database db = Postgres.createOwnedDatabase("rcm_local");
            databaseUrl = db.url();
            databaseUser = db.owner();
            ownsDatabase = true;
        }
        progress.accept(String.format("PostgreSQL (%s) database ready in %d ms",
                embeddedDatabase ? "embedded" : "server", ms(t1)));
        return this;
    }

    /**
     * Starts infrastructure that can fail and come back: the broker as a child JVM with fixed ports and its log
     * directory under {@code workDir}, and an embedded PostgreSQL on its own data directory there (fault suite).
     */
    public LocalStack startRestartableInfrastructure(Path workDir, Consumer<String> progress)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        broker = BrokerProcess.start(workDir.resolve("kafka"));
        bootstrap = broker.bootstrapServers();
        createTopics();
        progress.accept(String.format("Kafka broker (child JVM, KRaft) at %s in %d ms", bootstrap, ms(t0)));
        long t1 = System.nanoTime();
        embedded = EmbeddedDatabase.startRestartable(workDir.resolve("pgdata"));
        databaseUrl = embedded.createDatabase("rcm", "rcm_app");
        databaseUser = "rcm_app";
        progress.accept(String.format("PostgreSQL (embedded, restartable) ready in %d ms", ms(t1)));
        return this;
    }

    /** Kills the broker (SIGKILL), waits {@code down}, and starts it again on the same data and ports. */
    public void crashBroker(Duration down) throws IOException, InterruptedException {
        requireRestartable();
        broker.kill();
        Thread.sleep(down.toMillis());
        broker.start();
    }

    /** Stops PostgreSQL (connections cut), waits {@code down}, and starts it again on the same data and port. */
    public void restartDatabase(Duration down) {
        restartDatabase(down, () -> {
        });
    }

    /** The same, running {@code whileDown} once PostgreSQL is stopped (e.g. to publish events into the outage). */
    public void restartDatabase(Duration down, Runnable whileDown) {
        requireRestartable();
        embedded.restart(() -> {
            long until = System.nanoTime() + down.toNanos();
            whileDown.run();
            try {
                Thread.sleep(Math.max(0, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void requireRestartable() {
        if (broker == null || embedded == null) {
            throw new IllegalStateException("start with startRestartableInfrastructure to inject faults");
        }
    }

    private void createTopics() {
        // KafkaBroker talks to the broker named by RCM_KAFKA_BOOTSTRAP or its own; here we give it ours
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            List<org.apache.kafka.clients.admin.NewTopic> topics = Topics.all().stream()
                    .map(t -> new org.apache.kafka.clients.admin.NewTopic(t, 3, (short) 1)).toList();
            admin.createTopics(topics).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics", e);
        }
    }

    /** A scenario file for the sandbox clearinghouse (its payers, members and adjudication rules). */
    public LocalStack sandboxScenario(Path scenario) {
        this.sandboxScenario = scenario;
        return this;
    }

    /**
     * How the services find each other locally: the sandbox's SFTP and REST ports for the gateway, the gateway for
     * eligibility-service, and short batching schedules so a demo claim travels in seconds.
     */
    private Map<String, String> wiring(String service) {
        String sandbox = "http://127.0.0.1:" + ports.get("sandbox");
        Map<String, String> p = new HashMap<>();
        switch (service) {
            case "sandbox" -> {
                p.put("sandbox.sftp.port", Integer.toString(sftpPort));
                p.put("sandbox.data-dir", sandboxData().toString());
                if (sandboxScenario != null) {
                    p.put("sandbox.scenario", sandboxScenario.toAbsolutePath().toString());
                }
            }
            case "clearinghouse-gateway" -> {
                p.put("rcm.gateway.partners.sandbox-sftp.port", Integer.toString(sftpPort));
                p.put("rcm.gateway.partners.sandbox-sftp.realtime-url", sandbox);
                p.put("rcm.gateway.partners.sandbox-rest.base-url", sandbox);
                p.put("rcm.gateway.batch-interval", "2s");
                p.put("rcm.gateway.send-interval", "1s");
                p.put("rcm.gateway.poll-interval", "2s");
                p.put("rcm.gateway.partners.sandbox-sftp.batch-max-wait", "PT2S");
                p.put("rcm.gateway.partners.sandbox-rest.batch-max-wait", "PT2S");
            }
            case "eligibility-service" -> p.put("rcm.gateway.url", "http://127.0.0.1:"
                    + ports.get("clearinghouse-gateway"));
            default -> {
            }
        }
        return p;
    }

    /** The sandbox's files (received interchanges, answers): fresh for each stack, kept across its restarts. */
    private Path sandboxData() {
        return logDir.toAbsolutePath().resolveSibling(logDir.getFileName() + "-sandbox-data");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A property given to every service (e.g. to switch a feature off in a test). */
    public LocalStack serviceProperty(String key, String value) {
        extraProperties.put(key, value);
        return this;
    }

    public LocalStack heap(String heap) {
        this.heap = heap;
        return this;
    }

    /** Tests and benchmarks: a service whose jar is missing is an error, not a note. */
    public LocalStack requireEveryService() {
        this.requireEveryService = true;
        return this;
    }

    /** false: services run with the full JIT (slower start, higher throughput) — for benchmarks. */
    public LocalStack quickStart(boolean quickStart) {
        this.quickStart = quickStart;
        return this;
    }

    /** Starts every built service (those whose jar is missing are skipped with a note) and waits for readiness. */
    public LocalStack startServices(boolean randomPorts, Path logDir, Consumer<String> progress)
            throws IOException, InterruptedException {
        this.logDir = logDir;
        // a new stack has a new database: claims restart their numbering, so the clearinghouse must forget too
        deleteTree(sandboxData());
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Files.deleteIfExists(logDir.resolve(spec.name() + ".log"));   // a restarted service appends to its log
        }
        Map<String, String> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", bootstrap);
        props.put("quarkus.datasource.jdbc.url", databaseUrl);
        props.put("quarkus.datasource.username", databaseUser);
        props.put("quarkus.datasource.password", "");
        props.put("quarkus.log.console.color", "false");
        props.putAll(extraProperties);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec.name(), randomPorts ? freePort() : spec.defaultPort());
        }
        sftpPort = randomPorts ? freePort() : 2222;
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (!Files.exists(spec.jar(repo))) {
                if (requireEveryService) {
                    throw new IllegalStateException(spec.jar(repo) + " is missing: build the services first");
                }
                progress.accept(spec.name() + ": not built, skipped");
                continue;
            }
            Map<String, String> own = new HashMap<>(props);
            own.putAll(wiring(spec.name()));
            serviceProperties.put(spec.name(), own);
            services.put(spec.name(), ServiceProcess.start(spec, repo, ports.get(spec.name()), own, logDir, heap,
                    quickStart));
        }
        long t0 = System.nanoTime();
        for (ServiceProcess p : services.values()) {
            p.awaitReady(Duration.ofSeconds(180));
            progress.accept(String.format("%-22s UP  %s  (swagger: %s/q/swagger-ui)", p.spec().name(), p.baseUrl(),
                    p.baseUrl()));
        }
        progress.accept(String.format("all services ready %d ms after launch", ms(t0)));
        return this;
    }

    /** Stops one service and starts it again on the same port (fault tests). */
    public void restart(String name, boolean crash) throws IOException, InterruptedException {
        ServiceProcess old = services.get(name);
        if (crash) {
            old.kill();
        } else {
            old.close();
        }
        ServiceProcess fresh = ServiceProcess.start(old.spec(), repo, old.port(), serviceProperties.get(name), logDir,
                heap, quickStart);
        services.put(name, fresh);
        fresh.awaitReady(Duration.ofSeconds(180));
    }

    public String url(String service) {
        ServiceProcess p = services.get(service);
        return p == null ? null : p.baseUrl();
    }

    public boolean running(String service) {
        return services.containsKey(service);
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public String databaseUser() {
        return databaseUser;
    }

    public List<ServiceProcess> services() {
        return new ArrayList<>(services.values());
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::close);
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
        if (ownsDatabase && databaseUrl != null) {
            try {
                Postgres.dropDatabase(databaseUrl);
            } catch (RuntimeException ignored) {
                // best effort
            }
            ownsDatabase = false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
