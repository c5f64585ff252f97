package org.rcm.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.rcm.local.DemoScenario;
import org.rcm.local.Http;
import org.rcm.local.Ledger;
import org.rcm.local.LocalStack;
import org.rcm.local.SessionDriver;
import org.rcm.local.TenantFixture;
import org.rcm.platform.testsupport.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The pipeline benchmark: N sessions (default 10,000) documented through coding-service's REST API by concurrent
 * clients, followed through coding, claim building and scrubbing, 837P batches over SFTP to the sandbox
 * clearinghouse, 999/277CA/835 back, and 835 posting, on the local stack (in-JVM broker, embedded PostgreSQL,
 * every service as its own JVM). Reports the rate sessions are accepted (the baseline of the same run) and the rate
 * they reach a posted payment, p50/p99 latency from documentation to ClaimSubmitted and to PaymentPosted, the
 * maximum outbox lag and consumer lag seen, the heap of each service, and the ledger (nothing lost or doubled).
 * <p>
 * {@code ./mvnw -B -ntp -f bench/pipeline/pom.xml package exec:exec -Drcm.bench.sessions=10000}
 */
public final class PipelineBench {
    private static final String TENANT = "bench-billing-co";
    /** Sessions per request: 1 = one POST /sessions each (an integrator's live feed); more = POST /sessions/batch. */
    private static final int BATCH = Integer.getInteger("rcm.bench.batch", 1);
    /** A second tenant whose sessions run before the measured ones, so the measured run meets warmed-up JVMs. */
    private static final String WARMUP_TENANT = "bench-warmup-co";
    private static final String[] THERAPISTS = {"1497758544", "1245319599", "1730189838"};

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        if (Statements.enabled()) {
            // the embedded server preloads pg_stat_statements (a server must have it in shared_preload_libraries)
            System.setProperty("rcm.local.pg-stat-statements", "true");
        }
        int sessions = Integer.getInteger("rcm.bench.sessions", 10_000);
        int clients = Integer.getInteger("rcm.bench.clients", 8);
        int patients = Math.max(50, sessions / 50);
        // sessions of the warm-up tenant documented and paid before the measured run (0: measure from a cold start)
        int warmup = Integer.getInteger("rcm.bench.warmup", 2_000);
        int warmupPatients = warmup == 0 ? 0 : Math.max(50, warmup / 50);
        Path repo = LocalStack.findRepo();
        Path work = repo.resolve("bench/pipeline/target/run");
        Files.createDirectories(work);
        System.out.printf("pipeline benchmark: %d sessions, %d clients, %d sessions per request, %d patients,"
                + " %d warm-up sessions%n", sessions, clients, BATCH, patients, warmup);
        // the host's speed before anything of the stack runs (see Calibration)
        double quietCalibration = Calibration.inFreshJvm();
        LocalStack configured = new LocalStack(repo).requireEveryService().heap(System.getProperty("rcm.bench.heap", "384m"))
                .quickStart(false);
        // -Drcm.bench.service.<key>=<value> passes a setting to every service (e.g. consumer concurrency)
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("rcm.bench.service."))
                .forEach(k -> configured.serviceProperty(k.substring("rcm.bench.service.".length()),
                        System.getProperty(k)));
        try (LocalStack stack = configured
                .sandboxScenario(DemoScenario.write(work, patients + warmupPatients))
                .startInfrastructure(!"server".equals(System.getProperty("rcm.bench.pg")), System.out::println)
                .startServices(true, work.resolve("logs"), System.out::println)) {
            // Ctrl-C must not leave the services running
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stop"));
            String token = Tokens.mint(TENANT, "bench", "admin", "biller", "coder", "front-desk");
            List<String> patientIds = setUp(stack, new Http(token), patients, 1);
            if (warmup > 0) {
                String warmToken = Tokens.mint(WARMUP_TENANT, "bench", "admin", "biller", "coder", "front-desk");
                warmUp(stack, warmToken, setUp(stack, new Http(warmToken), warmupPatients, patients + 1), warmup,
                        clients);
            }
            run(stack, token, patientIds, sessions, clients, work, warmup, quietCalibration);
        }
        System.exit(0);
    }

    /** @param firstMember the sandbox member number of the first patient (each tenant has members of its own) */
    private static List<String> setUp(LocalStack stack, Http http, int patients, int firstMember) {
        TenantFixture fixture = new TenantFixture(stack, http).practice("prac-1");
        for (int t = 0; t < THERAPISTS.length; t++) {
            fixture.therapist("prov-" + t, THERAPISTS[t], "Therapist" + t, "Pat");
        }
        fixture.payer("payer-1", DemoScenario.COMMERCIAL, "Sandbox Commercial", "CI", "COMMERCIAL_95").fees();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < patients; i++) {
            ids.add(fixture.patient("prac-1", "Bench" + i, "Patient", "1970-01-0" + (1 + i % 9), "payer-1",
                    DemoScenario.memberId(DemoScenario.COMMERCIAL, firstMember + i), null, null));
        }
        System.out.printf("tenant set up: practice, %d therapists, payer, fees, %d patients%n", THERAPISTS.length,
                patients);
        return ids;
    }

    /**
     * The warm-up: the warm-up tenant's sessions documented and followed to posted payment, so that class loading,
     * the JIT's compilation of the hot paths and the first database plans are paid before the measured run (a
     * stage of a running system has paid them long ago). Nothing of it is counted: the measured figures are the
     * measured tenant's alone.
     */
    private static void warmUp(LocalStack stack, String token, List<String> patients, int sessions, int clients)
            throws Exception {
        SessionDriver driver = new SessionDriver(stack.url("coding-service"), token, Duration.ofMinutes(2));
        Ledger ledger = new Ledger(stack.databaseUrl(), stack.databaseUser());
        String run = "warm-" + Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndAdd(BATCH); i < sessions; i = next.getAndAdd(BATCH)) {
                    document(driver, run + "-" + i, i, Math.min(i + BATCH, sessions), patients,
                            id -> accepted.incrementAndGet(), () -> { });
                }
            });
        }
        pool.shutdown();
        long lastChange = System.nanoTime();
        int lastPaid = -1;
        while (true) {
            Thread.sleep(5000);
            int paid = ledger.claimsWithPayment(WARMUP_TENANT);
            System.out.printf("  warm-up +%5.0f s  documented %d/%d  paid %d%n", (System.nanoTime() - start) / 1e9,
                    accepted.get(), sessions, paid);
            if (paid != lastPaid) {
                lastPaid = paid;
                lastChange = System.nanoTime();
            }
            if (pool.isTerminated() && paid >= accepted.get()) {
                break;
            }
            if (System.nanoTime() - lastChange > TimeUnit.MINUTES.toNanos(3)) {
                throw new IllegalStateException("warm-up made no progress for 3 minutes");
            }
        }
        System.out.printf("warm-up done: %d sessions paid in %.0f s%n", lastPaid, (System.nanoTime() - start) / 1e9);
    }

    private static void run(LocalStack stack, String token, List<String> patients, int sessions, int clients,
                            Path work, int warmup, double quietCalibration) throws Exception {
        SessionDriver driver = new SessionDriver(stack.url("coding-service"), token, Duration.ofMinutes(2));
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Ledger ledger = new Ledger(stack.databaseUrl(), stack.databaseUser());
        String run = Long.toString(System.currentTimeMillis(), 36);
        CpuMeter cpu = new CpuMeter(stack);
        TableScans scans = new TableScans(stack.databaseUrl(), stack.databaseUser());
        Statements statements = Statements.enabled() ? new Statements(stack.databaseUrl()) : null;
        // what the stack burns with nothing to do (polls, heartbeats, schedulers), before the load starts
        Map<String, Double> idleStart = cpu.snapshot();
        Thread.sleep(IDLE_SECONDS * 1000L);
        double idleCores = (CpuMeter.total(cpu.snapshot()) - CpuMeter.total(idleStart)) / IDLE_SECONDS;
        double loadCalibration = Calibration.inFreshJvm();
        try (Sampler sampler = new Sampler(stack, Duration.ofSeconds(2))) {
            Map<String, Double> cpuBefore = cpu.snapshot();
            Map<String, Double> pgBefore = cpu.postgresParts();
            double jitBefore = cpu.jitSeconds();
            TableScans.Snapshot scansBefore = scans.snapshot();
            if (statements != null) {
                statements.reset();
            }
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int i = next.getAndAdd(BATCH); i < sessions; i = next.getAndAdd(BATCH)) {
                        int to = Math.min(i + BATCH, sessions);
                        int count = to - i;
                        document(driver, "bench-" + run + "-" + i, i, to, patients, accepted::add,
                                () -> refused.addAndGet(count));
                    }
                });
            }
            pool.shutdown();
            long lastChange = System.nanoTime();
            int lastPaid = -1;
            double ingestSeconds = 0;
            while (true) {
                Thread.sleep(5000);
                int paid = ledger.claimsWithPayment(TENANT);
                boolean ingestDone = pool.isTerminated();
                if (ingestDone && ingestSeconds == 0) {
                    ingestSeconds = (System.nanoTime() - start) / 1e9;
                }
                System.out.printf("  +%5.0f s  documented %d/%d  paid %d%n", (System.nanoTime() - start) / 1e9,
                        accepted.size(), sessions, paid);
                if (paid != lastPaid) {
                    lastPaid = paid;
                    lastChange = System.nanoTime();
                }
                if (ingestDone && paid >= accepted.size()) {
                    break;
                }
                if (System.nanoTime() - lastChange > TimeUnit.MINUTES.toNanos(3)) {
                    System.out.println("no progress for 3 minutes: stopping the wait");
                    break;
                }
            }
            pool.awaitTermination(1, TimeUnit.MINUTES);
            Map<String, Double> cpuAfter = cpu.snapshot();
            Map<String, Double> pgAfter = cpu.postgresParts();
            double jitSeconds = cpu.jitSeconds() - jitBefore;
            TableScans.Snapshot scansAfter = scans.snapshot();
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(3000);
            double afterCalibration = Calibration.inFreshJvm();
            sampler.sample();
            JsonNode sandboxClaims = new Http(token).get(stack.url("sandbox") + "/sandbox/claims").body();
            Ledger.Report ledgerReport = ledger.check(TENANT, accepted, sandboxClaims);
            String report = report(stack, sessions, accepted.size(), refused.get(), ingestSeconds, sampler,
                    ledgerReport, warmup) + cpuReport(cpuBefore, cpuAfter, jitSeconds, idleCores, ledgerReport.payments(), wallSeconds)
                    + postgresReport(pgBefore, pgAfter, ledgerReport.payments())
                    + calibrationReport(cpuBefore, cpuAfter, ledgerReport.payments(), quietCalibration, loadCalibration,
                    afterCalibration)
                    + TableScans.report(scansBefore, scansAfter, ledgerReport.payments(), 15)
                    + (statements == null ? "" : statements.report(ledgerReport.payments(), 20));
            System.out.println(report);
            Files.writeString(work.resolve("report.md"), report);
            ledgerReport.problems().stream().limit(20).forEach(p -> System.out.println("  ledger: " + p));
        }
    }

    /**
     * Documents sessions {@code from} (inclusive) to {@code to}: one {@code POST /sessions} when the benchmark runs with
     * batches of 1, else one {@code POST /sessions/batch} for all of them (an EHR's export).
     */
    private static void document(SessionDriver driver, String key, int from, int to, List<String> patients,
                                 Consumer<String> accepted, Runnable refused) {
        if (BATCH == 1) {
            SessionDriver.Outcome o = driver.post(key, session(from, patients));
            if (o.accepted()) {
                accepted.accept(o.sessionId());
            } else {
                refused.run();
            }
            return;
        }
        List<String> jsons = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            jsons.add(session(i, patients));
        }
        SessionDriver.BatchOutcome o = driver.postBatch(key, jsons);
        if (o.accepted()) {
            o.sessionIds().forEach(accepted);
        } else {
            refused.run();
        }
    }

    private static String session(int i, List<String> patients) {
        String patient = patients.get(i % patients.size());
        LocalDate dos = LocalDate.now().minusDays(1 + i / patients.size());   // one session per patient and day
        String provider = "prov-" + i % THERAPISTS.length;
        return switch (i % 3) {
            case 0 -> sessionJson(patient, provider, dos, 45, "IN_PERSON", "OFFICE", "PSYCHOTHERAPY", true, false,
                    "Individual psychotherapy, 45 minutes, CBT for generalized anxiety; goals reviewed.");
            case 1 -> sessionJson(patient, provider, dos, 50, "VIDEO", "HOME", "PSYCHOTHERAPY", true, false,
                    "Video session, patient at home, 50 minutes of psychotherapy addressing anxiety goals.");
            default -> sessionJson(patient, provider, dos, 50, "IN_PERSON", "OFFICE", "FAMILY", true, true,
                    "Family psychotherapy with patient and parents present, 50 minutes; treatment goals agreed.");
        };
    }

    private static String sessionJson(String patient, String provider, LocalDate dos, int minutes, String modality,
                                      String location, String type, boolean patientPresent, boolean family,
                                      String note) {
        return """
                {"practiceId":"prac-1","renderingProviderId":"%s","patientId":"%s","payerId":"payer-1",
                 "dateOfService":"%s","minutes":%d,"modality":"%s","patientLocation":"%s","serviceType":"%s",
                 "participants":{"patientPresent":%s,"familyPresent":%s,"groupSize":0,"interpreter":false},
                 "diagnoses":["F41.1"],"narrative":"%s"}
                """.formatted(provider, patient, dos, minutes, modality, location, type, patientPresent, family,
                note);
    }

    private static String report(LocalStack stack, int sessions, int accepted, int refused, double ingestSeconds,
                                 Sampler sampler, Ledger.Report ledger, int warmup) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection(stack.databaseUrl(), stack.databaseUser(), "")) {
            double[] toSubmitted = percentiles(c, "SELECT extract(epoch FROM min(t.at) - s.documented_at)"
                    + " FROM coding.session s JOIN claim.claim cl ON cl.tenant_id = s.tenant_id AND cl.session_id = s.id"
                    + " JOIN claim.claim_transition t ON t.claim_id = cl.id AND t.to_status = 'SUBMITTED'"
                    + " WHERE s.tenant_id = ? GROUP BY s.id, s.documented_at");
            double[] toPaid = percentiles(c, "SELECT extract(epoch FROM min(p.posted_at) - s.documented_at)"
                    + " FROM coding.session s JOIN claim.claim cl ON cl.tenant_id = s.tenant_id AND cl.session_id = s.id"
                    + " JOIN remittance.payment p ON p.tenant_id = cl.tenant_id AND p.claim_id = cl.id"
                    + " WHERE s.tenant_id = ? GROUP BY s.id, s.documented_at");
            double[] span = span(c);
            String syncCommit;
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW synchronous_commit")) {
                syncCommit = rs.next() ? rs.getString(1) : "?";
            }
            double endToEnd = ledger.payments() / Math.max(span[0], 0.001);
            double steady = 0.8 * ledger.payments() / Math.max(span[1], 0.001);
            double ingest = accepted / Math.max(ingestSeconds, 0.001);
            sb.append(String.format(Locale.ROOT, """

                    ## Pipeline benchmark: %d sessions (%d accepted, %d refused) after %s
                    | measure | value |
                    |---|---:|
                    | sessions documented per request | %s |
                    | sessions accepted per second (baseline of this run) | %.1f |
                    | sessions per second to posted payment (first documented → last posted) | %.1f |
                    | sessions per second to posted payment, steady (10th → 90th percentile payment) | %.1f |
                    | end-to-end rate / accept rate | %.2f |
                    | goal | ≥ 200 sessions/s |
                    | latency documented → ClaimSubmitted p50 / p99 | %.1f s / %.1f s |
                    | latency documented → PaymentPosted p50 / p99 | %.1f s / %.1f s |
                    | ledger | %s |
                    | PostgreSQL synchronous_commit | %s |
                    """, sessions, accepted, refused,
                    warmup == 0 ? "a cold start (no warm-up)" : warmup + " warm-up sessions of another tenant",
                    BATCH == 1 ? "1 (POST /sessions)" : BATCH + " (POST /sessions/batch)", ingest, endToEnd, steady,
                    endToEnd / Math.max(ingest, 0.001),
                    toSubmitted[0], toSubmitted[1], toPaid[0], toPaid[1], ledger.table(), syncCommit));
        }
        sb.append("\n| service | max unpublished outbox rows | max outbox age (s) | max consumer lag (records) "
                + "| max heap used (MB) |\n|---|---:|---:|---:|---:|\n");
        Map<String, String> schemaOf = Map.of("coding-service", "coding", "eligibility-service", "eligibility",
                "claim-service", "claim", "clearinghouse-gateway", "gateway", "remittance-service", "remittance",
                "denial-service", "denial", "sandbox", "-");
        for (String service : List.of("coding-service", "eligibility-service", "claim-service",
                "clearinghouse-gateway", "remittance-service", "denial-service", "sandbox")) {
            String schema = schemaOf.get(service);
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.0f |%n", service,
                    sampler.maxOutboxRows.getOrDefault(schema, 0L) + "",
                    String.format(Locale.ROOT, "%.1f", sampler.maxOutboxAgeSeconds.getOrDefault(schema, 0.0)),
                    sampler.maxConsumerLag.getOrDefault(service, 0L) + "",
                    sampler.maxHeapBytes.getOrDefault(service, 0L) / 1048576.0));
        }
        sb.append(String.format("%n(%d samples, every 2 s; heap every 10 s; service heap limit -Xmx%s)%n", sampler.samples,
                System.getProperty("rcm.bench.heap", "384m")));
        return sb.toString();
    }

    /**
     * CPU each part of the stack spent from the first session documented to the last payment posted, per paid
     * session, and the rate the machine's cores could sustain at that cost (cores / CPU seconds per session).
     */
    static String cpuReport(Map<String, Double> before, Map<String, Double> after, double jitSeconds,
                            double idleCores, long paid, double wallSeconds) {
        if (paid <= 0 || after.isEmpty()) {
            return "";
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double total = 0;
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, Double> e : after.entrySet()) {
            total += e.getValue() - before.getOrDefault(e.getKey(), 0.0);
        }
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double used = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            rows.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.0f %% |%n", e.getKey(), used,
                    1000 * used / paid, 100 * used / Math.max(total, 0.001)));
        }
        double perSession = total / paid;
        return String.format(Locale.ROOT, """

                ## CPU per session (from /proc, first documented → last paid, %.0f s wall, %d cores)
                | part of the stack | CPU s | CPU ms per paid session | share |
                |---|---:|---:|---:|
                %s| **total** | %.1f | %.1f | 100 %% |

                Cores busy on average: %.2f of %d. At %.1f ms of CPU per session these %d cores sustain at most
                **%.0f sessions/s** (cores / CPU per session); 200 sessions/s at this cost needs %.1f cores, or a cost
                of %.1f ms per session on %d cores.
                Of the total, the JVMs' JIT compiler threads used %.1f s (%.1f ms per session, %.0f %%): without them
                (a long-running, warmed-up stack) a session costs %.1f ms, or at most %.0f sessions/s on %d cores.
                Idle, before the run, the stack used %.2f cores (%d s measured: Kafka polls and heartbeats, schedulers,
                the outbox relays' polls), %.1f ms per session at this run's pace.
                """, wallSeconds, cores, rows, total, 1000 * perSession, total / wallSeconds, cores,
                1000 * perSession, cores, cores / perSession, 200 * perSession, 1000.0 * cores / 200, cores,
                jitSeconds, 1000 * jitSeconds / paid, 100 * jitSeconds / Math.max(total, 0.001),
                1000 * (total - jitSeconds) / paid, cores / Math.max((total - jitSeconds) / paid, 1e-6), cores,
                idleCores, IDLE_SECONDS, 1000 * idleCores * wallSeconds / paid);
    }

    private static final int IDLE_SECONDS = 10;

    /** PostgreSQL's CPU per session by kind of process (see {@link CpuMeter#postgresParts}). */
    static String postgresReport(Map<String, Double> before, Map<String, Double> after, long paid) {
        if (paid <= 0 || after.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nPostgreSQL's CPU per session by process:");
        String sep = " ";
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double used = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            sb.append(String.format(Locale.ROOT, "%s%s %.2f ms", sep, e.getKey(), 1000 * used / paid));
            sep = "; ";
        }
        return sb.append(".\n").toString();
    }

    /**
     * The host's speed during this run (a fixed CPU workload, {@link Calibration}), and the CPU per session divided by
     * it: the figure to compare with another run's, since this machine's speed moves by tens of percent in a day.
     */
    static String calibrationReport(Map<String, Double> before, Map<String, Double> after, long paid, double quiet,
                                    double beforeLoad, double afterLoad) {
        if (paid <= 0 || after.isEmpty()) {
            return "";
        }
        double perSession = 1000 * (CpuMeter.total(after) - CpuMeter.total(before)) / paid;
        double host = (quiet + afterLoad) / 2;
        return String.format(Locale.ROOT, """

                Host speed (a fixed single-threaded workload in a fresh JVM, median of 7; lower is faster):
                %.1f ms before the stack started, %.1f ms before the load (stack idle), %.1f ms after it.
                **CPU per session / calibration: %.3f** (%.1f ms / %.1f ms, the mean of the quiet and the after-load
                timings) — compare runs by this ratio, not by milliseconds, when they ran at different hours.
                """, quiet, beforeLoad, afterLoad, perSession / host, perSession, host);
    }

    private static double[] percentiles(Connection c, String perSession) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v),"
                + " percentile_cont(0.99) WITHIN GROUP (ORDER BY v) FROM (" + perSession + ") x(v)")) {
            ps.setString(1, TENANT);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new double[]{rs.getDouble(1), rs.getDouble(2)};
            }
        }
    }

    /** Seconds from the first session documented to the last payment posted, and between the 10th and 90th. */
    private static double[] span(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT extract(epoch FROM (SELECT max(posted_at) FROM"
                + " remittance.payment WHERE tenant_id = ?) - (SELECT min(documented_at) FROM coding.session"
                + " WHERE tenant_id = ?)), extract(epoch FROM percentile_disc(0.9) WITHIN GROUP (ORDER BY posted_at)"
                + " - percentile_disc(0.1) WITHIN GROUP (ORDER BY posted_at)) FROM remittance.payment"
                + " WHERE tenant_id = ?")) {
            ps.setString(1, TENANT);
            ps.setString(2, TENANT);
            ps.setString(3, TENANT);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new double[]{rs.getDouble(1), rs.getDouble(2)};
            }
        }
    }
}
