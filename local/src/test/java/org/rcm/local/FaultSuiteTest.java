package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite with a ledger: N sessions go through the whole pipeline (every service and the sandbox
 * clearinghouse as processes, a Kafka broker as its own JVM, an embedded PostgreSQL) while the broker is killed
 * and restarted, claim-service and the gateway crash mid-batch and come back, PostgreSQL restarts while an EHR
 * documents sessions over Kafka (their records reach a consumer during the outage), and every
 * event of the run is delivered a second time. At the end every accepted session has exactly one session row,
 * one claim, one submission, one claim adjudicated at the clearinghouse and one posted payment, nothing went to a
 * dead-letter topic and every outbox is drained. N: -Drcm.fault.sessions (default 40).
 * <p>
 * {@code -Drcm.fault.break=outage-wait} starts the services with {@code rcm.inbox.wait-out-outages=false}: a
 * PostgreSQL restart then uses up the consumers' retries and dead-letters events, and this test fails.
 */
class FaultSuiteTest {
    static final String TENANT = "fault-" + UUID.randomUUID().toString().substring(0, 8);
    static final int N = Integer.getInteger("rcm.fault.sessions", 40);
    static final int EHR_SESSIONS = 5;
    static final List<String> SERVICES = List.of("coding-service", "eligibility-service", "claim-service",
            "clearinghouse-gateway", "remittance-service", "denial-service");
    static LocalStack stack;
    static String token;
    static String patientId;
    static final List<String> timeline = new ArrayList<>();
    static long t0;

    @BeforeAll
    static void startStack() throws Exception {
        Path work = Path.of("target/fault-work");
        deleteTree(work);
        stack = new LocalStack(LocalStack.findRepo()).requireEveryService().heap("200m")
                .serviceProperty("rcm.inbox.wait-out-outages",
                        "outage-wait".equals(System.getProperty("rcm.fault.break")) ? "false" : "true")
                .startRestartableInfrastructure(work, System.out::println)
                .startServices(true, Path.of("target/fault-logs"), System.out::println);
        token = Tokens.mint(TENANT, "fault-biller", "admin", "biller", "coder", "front-desk");
        Http http = new Http(token);
        TenantFixture fixture = new TenantFixture(stack, http).practice("prac-1")
                .therapist("prov-1", "1497758544", "Rivera", "Ana")
                .payer("payer-1", "SBX01", "Sandbox Health Plan", "CI", "COMMERCIAL_95").fees();
        patientId = fixture.patient("prac-1", "Fault", "Pat", "1980-02-03", "payer-1", "SBXM0001", null, null);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyAcceptedSessionHasExactlyOneClaimSubmissionAndPaymentDespiteFaults() throws Exception {
        SessionDriver driver = new SessionDriver(stack.url("coding-service"), token, Duration.ofMinutes(4));
        Map<Integer, SessionDriver.Outcome> outcomes = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        t0 = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            int n = i;
            sent.add(clients.submit(() -> {
                pace(n * 1000L);   // one session a second, two clients so a slow answer does not stall the flow
                outcomes.put(n, driver.post("fault-" + TENANT + "-" + n, session(n)));
            }));
        }

        // while PostgreSQL is down an EHR documents sessions over Kafka: their records reach coding-service's
        // consumer during the outage, which must wait for the database rather than dead-letter them
        List<String> fromEhr = new ArrayList<>();
        at(4_000, "PostgreSQL stopped (connections cut), down 10 s, " + EHR_SESSIONS
                        + " sessions documented by an EHR over Kafka meanwhile, restarted on the same data",
                () -> stack.restartDatabase(Duration.ofSeconds(10), () -> fromEhr.addAll(documentOverKafka())));
        at(18_000, "broker killed (SIGKILL), down 6 s, restarted on the same data",
                () -> stack.crashBroker(Duration.ofSeconds(6)));
        at(26_000, "claim-service killed (SIGKILL) mid-batch and restarted",
                () -> stack.restart("claim-service", true));
        at(32_000, "clearinghouse-gateway killed (SIGKILL) mid-batch and restarted",
                () -> stack.restart("clearinghouse-gateway", true));
        for (Future<?> f : sent) {
            f.get();
        }
        clients.shutdown();

        List<String> accepted = new ArrayList<>(outcomes.values().stream().filter(SessionDriver.Outcome::accepted)
                .map(SessionDriver.Outcome::sessionId).toList());
        int retried = (int) outcomes.values().stream().filter(o -> o.attempts() > 1).count();
        log("sessions sent " + N + ", accepted " + accepted.size() + ", needed a retry " + retried);
        assertThat(accepted).as("every session is accepted in the end").hasSize(N);
        accepted.addAll(fromEhr);

        Ledger ledger = new Ledger(stack.databaseUrl(), stack.databaseUser());
        waitFor(Duration.ofMinutes(5), () -> {
            assertThat(deadLetters()).as("records dead-lettered during the faults (lost effects)").isZero();
            return ledger.paidSessions(TENANT) >= accepted.size();
        });
        log("every accepted session has a posted payment");

        int redelivered = redeliverEverything();
        log("every event of the run delivered again with its original eventId: " + redelivered + " records");
        Thread.sleep(15_000);   // let the consumers work through the redelivered records

        Http http = new Http(token);
        for (String service : SERVICES) {
            waitFor(Duration.ofSeconds(60), () -> unpublished(service) == 0);
        }
        JsonNode sandboxClaims = http.get(stack.url("sandbox") + "/sandbox/claims").body();
        Ledger.Report report = ledger.check(TENANT, accepted, sandboxClaims);
        log("ledger: " + report.table());
        timeline.forEach(System.out::println);
        assertThat(report.problems()).as("lost or doubled effects").isEmpty();
        assertThat(report.payments()).isEqualTo(N + EHR_SESSIONS);

        assertThat(deadLetters()).as("records in the dead-letter topics").isZero();
        for (ServiceProcess p : stack.services()) {
            assertThat(p.ready()).as(p.spec().name() + " ready after the faults").isTrue();
        }
    }

    /** Records in the services' dead-letter topics (their end offsets: nothing is ever removed from them). */
    private static long deadLetters() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (String service : SERVICES) {
                for (int partition = 0; partition < 3; partition++) {
                    ends.put(new TopicPartition(Topics.deadLetter(service), partition), OffsetSpec.latest());
                }
            }
            return admin.listOffsets(ends).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        }
    }

    /** Publishes every record of the run's pipeline topics again, headers and eventIds unchanged. */
    private static int redeliverEverything() {
        int count = 0;
        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers())) {
            for (String topic : List.of(Topics.SESSION_DOCUMENTED, Topics.CODES_ASSIGNED, Topics.CLAIM_SUBMITTED,
                    Topics.REMITTANCE_RECEIVED)) {
                List<EventEnvelope> events = kafka.events(topic, TENANT, Duration.ofSeconds(3), found -> false);
                for (EventEnvelope e : events) {
                    kafka.publish(topic, e);
                    count++;
                }
            }
        }
        return count;
    }

    /** SessionDocumented events as an EHR integration publishes them (tenant header, new session ids). */
    private static List<String> documentOverKafka() {
        List<String> ids = new ArrayList<>();
        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers())) {
            for (int k = 0; k < EHR_SESSIONS; k++) {
                String id = "ehr-" + UUID.randomUUID();
                kafka.publish(CodingEvents.SESSION_DOCUMENTED, TENANT, id, new SessionDocumented(id, "prac-1",
                        "prov-1", patientId, "payer-1", LocalDate.now().minusDays(100 + k), null, null, 45,
                        "IN_PERSON", "OFFICE", "PSYCHOTHERAPY", new SessionDocumented.Participants(true, false, 0,
                        false), List.of("F41.1"), "Individual psychotherapy, 45 minutes, CBT; goals reviewed."));
                ids.add(id);
            }
        }
        return ids;
    }

    private static String session(int n) {
        // one 45-minute session a day for the patient (90834, paid by the sandbox payer)
        return """
                {"practiceId":"prac-1","renderingProviderId":"prov-1","patientId":"%s","payerId":"payer-1",
                 "dateOfService":"%s","minutes":45,"modality":"IN_PERSON","patientLocation":"OFFICE",
                 "serviceType":"PSYCHOTHERAPY","diagnoses":["F41.1"],
                 "narrative":"Individual psychotherapy, 45 minutes, CBT for generalized anxiety; goals reviewed."}
                """.formatted(patientId, LocalDate.now().minusDays(1 + n));
    }

    private interface Fault {
        void run() throws Exception;
    }

    private static void at(long millis, String what, Fault fault) throws Exception {
        pace(millis);
        long start = System.nanoTime();
        fault.run();
        log(what + " (" + (System.nanoTime() - start) / 1_000_000 + " ms until back)");
    }

    private static void pace(long millis) {
        long wait = millis - (System.nanoTime() - t0) / 1_000_000;
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static synchronized void log(String line) {
        String entry = String.format("[fault suite +%5.1f s] %s", (System.nanoTime() - t0) / 1e9, line);
        timeline.add(entry);
        System.out.println(entry);
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Duration timeout, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                timeline.forEach(System.out::println);
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(1000);
        }
    }

    private static long unpublished(String service) throws Exception {
        String schema = switch (service) {
            case "coding-service" -> "coding";
            case "eligibility-service" -> "eligibility";
            case "claim-service" -> "claim";
            case "clearinghouse-gateway" -> "gateway";
            case "remittance-service" -> "remittance";
            default -> "denial";
        };
        try (var c = java.sql.DriverManager.getConnection(stack.databaseUrl(), stack.databaseUser(), "");
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + schema
                     + ".outbox WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
