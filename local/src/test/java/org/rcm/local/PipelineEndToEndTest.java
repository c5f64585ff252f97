package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventType;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline over the real broker and database with every service (and the sandbox clearinghouse) as its
 * own process: billing setup and patient registration through the APIs, then POST /sessions → SessionDocumented →
 * CodesAssigned → ClaimSubmitted → 837P over SFTP to the sandbox → 999 + 277CA + 835 → RemittanceReceived →
 * PaymentPosted / ClaimDenied → a denial work item. Then: every event arrived once, redelivered events change
 * nothing, every outbox is drained, a poison record lands in the dead-letter topic and the consumer keeps going,
 * and another tenant can read or change nothing. Then bad input: malformed inbound X12 files are rejected with
 * nothing applied, bad JSON bodies on every write endpoint answer 4xx problem+json (never 5xx), and the patient's
 * canary PHI, which did reach the system, appears in no service log and no error body of the whole run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {
    static final String TENANT = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    static final String SESSION = """
            {"practiceId":"prac-1","renderingProviderId":"prov-1","patientId":"%s","payerId":"payer-1",
             "dateOfService":"%s","minutes":%d,"modality":"IN_PERSON","patientLocation":"OFFICE",
             "serviceType":"PSYCHOTHERAPY","diagnoses":["F41.1"],
             "narrative":"Individual psychotherapy, %d minutes, CBT for generalized anxiety; patient Zqxcanaryfirst\
             reports zqxcanaryphrase nightmares; goals reviewed."}
            """;
    // canary PHI: distinctive fake values that must reach the system but never a log line or an error body (the
    // member id SBXM0001 is one the sandbox payer knows, so it stays and is not a canary)
    static final String CANARY_LAST = "Zqxcanarylast";
    static final String CANARY_FIRST = "Zqxcanaryfirst";
    static final String CANARY_STREET = "77 Zqxcanarystreet Rd";
    static final String CANARY_PHRASE = "zqxcanaryphrase";
    static final List<String> CANARIES = List.of(CANARY_LAST, CANARY_FIRST, "Zqxcanarystreet", CANARY_PHRASE);
    static final Path LOGS = Path.of("target/e2e-logs");
    static final CanaryScan SCAN = new CanaryScan();
    static Map<Path, CanaryScan.Mark> logMarks;
    static String token;
    static LocalStack stack;
    static KafkaTestClient kafka;
    static Http http;
    static String patientId;
    static String sessionId;
    static String claimId;

    @BeforeAll
    static void startStack() throws Exception {
        // -Drcm.e2e.break=relay|inbox sabotages the backbone on purpose, to show that this test then fails
        String sabotage = System.getProperty("rcm.e2e.break", "");
        logMarks = CanaryScan.mark(LOGS);   // a log file may be appended to: scan only what this run writes
        stack = new LocalStack(LocalStack.findRepo()).requireEveryService().heap("200m")
                .serviceProperty("rcm.outbox.enabled", "relay".equals(sabotage) ? "false" : "true")
                .startInfrastructure(false, System.out::println)
                .startServices(true, LOGS, System.out::println);
        if ("inbox".equals(sabotage)) {
            for (String schema : List.of("coding", "eligibility", "claim", "gateway", "remittance", "denial")) {
                execute("ALTER TABLE " + schema + ".inbox DROP CONSTRAINT inbox_pkey");
            }
        }
        kafka = new KafkaTestClient(stack.bootstrapServers());
        token = Tokens.mint(TENANT, "e2e-biller", "admin", "biller", "coder", "front-desk");
        http = new Http(token).recordErrors(SCAN::add);
        TenantFixture fixture = new TenantFixture(stack, http).practice("prac-1")
                .therapist("prov-1", "1497758544", "Rivera", "Ana")
                .payer("payer-1", "SBX01", "Sandbox Health Plan", "CI", "COMMERCIAL_95").fees();
        patientId = fixture.patient("prac-1", CANARY_LAST, CANARY_FIRST, "1985-04-12", CANARY_STREET, "payer-1",
                "SBXM0001", null, null);
    }

    @AfterAll
    static void stopStack() {
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    static String session(int minutes) {
        return session(minutes, LocalDate.now().minusDays(2));
    }

    static String session(int minutes, LocalDate date) {
        return SESSION.formatted(patientId, date, minutes, minutes);
    }

    @Test
    @Order(1)
    void aDocumentedSessionBecomesAClaimThatTheClearinghouseAdjudicates() {
        // 55 minutes → 90837, which the sandbox payer requires prior authorization for: denied CO-197
        Http.Reply created = http.post(stack.url("coding-service") + "/sessions", session(55));
        assertThat(created.status()).isEqualTo(201);
        sessionId = created.body().get("id").asText();

        JsonNode claim = await().atMost(Duration.ofSeconds(90)).until(
                () -> first(http.get(stack.url("claim-service") + "/claims?sessionId=" + sessionId).body()),
                c -> c != null && !"DRAFT".equals(c.get("status").asText()) && !"HELD".equals(c.get("status")
                        .asText()));
        claimId = claim.get("id").asText();
        await().atMost(Duration.ofSeconds(120)).until(() -> first(http.get(
                stack.url("remittance-service") + "/payments?claimId=" + claimId).body()) != null);
    }

    @Test
    @Order(2)
    void theDenialIsPostedOnceAndOpensOneWorkItem() {
        JsonNode item = await().atMost(Duration.ofSeconds(60)).until(
                () -> first(http.get(stack.url("denial-service") + "/work-items?claimId=" + claimId).body()),
                w -> w != null);
        assertThat(item.get("category").asText()).isEqualTo("AUTHORIZATION");
        JsonNode payments = http.get(stack.url("remittance-service") + "/payments?claimId=" + claimId).body();
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("status").asText()).isEqualTo("DENIED");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DENIED".equals(
                http.get(stack.url("claim-service") + "/claims/" + claimId).body().get("status").asText()));
    }

    @Test
    @Order(3)
    void everyEventArrivedOnceAndRedeliveredEventsChangeNothing() throws Exception {
        only(CodingEvents.SESSION_DOCUMENTED);
        only(CodingEvents.CODES_ASSIGNED);
        only(ClaimEvents.CLAIM_SUBMITTED);
        only(GatewayEvents.REMITTANCE_RECEIVED);
        only(RemittanceEvents.PAYMENT_POSTED);
        only(RemittanceEvents.CLAIM_DENIED);

        // the broker redelivers ClaimSubmitted, RemittanceReceived and ClaimDenied with their original eventIds
        kafka.publish(Topics.CLAIM_SUBMITTED, envelopes(ClaimEvents.CLAIM_SUBMITTED).get(0));
        kafka.publish(Topics.REMITTANCE_RECEIVED, envelopes(GatewayEvents.REMITTANCE_RECEIVED).get(0));
        kafka.publish(Topics.CLAIM_DENIED, envelopes(RemittanceEvents.CLAIM_DENIED).get(0));
        // a second session behind them (45 minutes → 90834, paid) proves the duplicates were consumed
        Http.Reply marker = http.post(stack.url("coding-service") + "/sessions", session(45));
        String markerSession = marker.body().get("id").asText();
        JsonNode markerClaim = await().atMost(Duration.ofSeconds(90)).until(() -> first(http.get(
                stack.url("claim-service") + "/claims?sessionId=" + markerSession).body()), c -> c != null);
        String markerClaimId = markerClaim.get("id").asText();
        await().atMost(Duration.ofSeconds(120)).until(() -> first(http.get(
                stack.url("remittance-service") + "/payments?claimId=" + markerClaimId).body()) != null);

        assertThat(http.get(stack.url("claim-service") + "/claims?sessionId=" + sessionId).body()).hasSize(1);
        assertThat(http.get(stack.url("remittance-service") + "/payments?claimId=" + claimId).body()).hasSize(1);
        assertThat(http.get(stack.url("denial-service") + "/work-items?claimId=" + claimId).body()).hasSize(1);
        assertThat(query("SELECT count(DISTINCT claim_id) FROM gateway.submission WHERE tenant_id = '" + TENANT
                + "'")).isEqualTo(2);
        // each consumer recorded each distinct event exactly once in its inbox
        assertThat(query("SELECT count(*) FROM remittance.inbox WHERE tenant_id = '" + TENANT
                + "' AND event_type = 'RemittanceReceived'")).isEqualTo(2);
        assertThat(query("SELECT count(*) FROM denial.inbox WHERE tenant_id = '" + TENANT
                + "' AND event_type = 'ClaimDenied'")).isEqualTo(1);
        assertThat(envelopes(ClaimEvents.CLAIM_SUBMITTED)).hasSize(3);   // 2 claims + 1 redelivery
        assertThat(envelopes(ClaimEvents.CLAIM_SUBMITTED).stream().map(EventEnvelope::eventId).distinct())
                .hasSize(2);
    }

    @Test
    @Order(4)
    void everyOutboxIsDrained() {
        for (String schema : List.of("coding", "eligibility", "claim", "gateway", "remittance", "denial")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(schema) == 0);
        }
    }

    @Test
    @Order(5)
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String key = "poison-" + UUID.randomUUID();
        kafka.publishRaw(Topics.CODES_ASSIGNED, key, "\u0000garbage{", TENANT);
        List<ConsumerRecord<String, String>> dead = kafka.readAll(Topics.deadLetter("claim-service"),
                Duration.ofSeconds(60), recs -> recs.stream().anyMatch(r -> key.equals(r.key())));
        assertThat(dead).anyMatch(r -> key.equals(r.key()));

        Http.Reply after = http.post(stack.url("coding-service") + "/sessions", session(40));
        String afterSession = after.body().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> first(http.get(stack.url("claim-service")
                + "/claims?sessionId=" + afterSession).body()) != null);
    }

    @Test
    @Order(6)
    void anotherTenantSeesAndChangesNothingOnAnyEndpointWithAnId() {
        Http intruder = new Http(Tokens.mint("intruder-" + TENANT, "mallory", "admin", "biller", "coder",
                "front-desk", "auditor")).recordErrors(SCAN::add);
        int probes = 0;
        for (ServiceProcess service : stack.services()) {
            if (service.spec().name().equals("sandbox")) {
                continue;
            }
            TenantIsolationProbe.Result result = TenantIsolationProbe.probe(service.baseUrl(), http, intruder);
            System.out.printf("isolation %-22s %d probes, %d leaks, %d other answers %s%n", service.spec().name(),
                    result.probes(), result.leaks().size(), result.notes().size(), result.notes());
            assertThat(result.leaks()).as(service.spec().name()).isEmpty();
            probes += result.probes();
        }
        assertThat(probes).as("the probe found ids to try").isGreaterThan(5);
    }

    @Test
    @Order(7)
    void malformedInboundFilesAreRejectedAndNothingOfThemIsApplied() throws Exception {
        // nothing of this tenant is still in flight, so any new payment would come from the corpus
        await().atMost(Duration.ofSeconds(120)).until(() -> query("SELECT count(*) FROM claim.claim WHERE tenant_id"
                + " = '" + TENANT + "' AND status IN ('DRAFT','SCRUBBED','READY','SUBMITTED','ACKNOWLEDGED',"
                + "'ACCEPTED')") == 0);
        long paymentsBefore = query("SELECT count(*) FROM remittance.payment");
        Path shared = LocalStack.findRepo().getParent().resolve("shared").resolve("x12-samples");
        if (!Files.isDirectory(shared)) {
            System.out.println("x12 corpus: " + shared + " is absent; the shared known-defective samples are skipped");
        }
        byte[] real835 = archived("REMITTANCE_835");
        List<X12Corpus.Item> corpus = new ArrayList<>(X12Corpus.build(real835, archived("ACK_999"),
                archived("CLAIM_STATUS_277CA"), shared));
        corpus.add(new X12Corpus.Item("balanced 835 for unknown claims", "835",
                X12Corpus.unknownClaims(real835, "E2E" + System.nanoTime() % 1_000_000_000L, "ZZNOCLAIM"), false));

        RawHttp raw = new RawHttp(null, SCAN::add, Duration.ofSeconds(20));
        Map<String, X12Corpus.Item> byFile = new LinkedHashMap<>();
        for (X12Corpus.Item item : corpus) {
            // the sandbox has two mailboxes, one per channel; the plain text file travels over the REST one
            String channel = item.kind().equals("txt") ? "rest" : "sftp";
            RawHttp.Reply dropped = raw.send("POST", stack.url("sandbox") + "/sandbox/outbox/" + channel + "/"
                    + item.kind(), "application/octet-stream", item.bytes());
            assertThat(dropped.status()).as("sandbox took " + item.name()).isEqualTo(200);
            byFile.put(dropped.body().trim(), item);
        }
        // inbound files have no tenant until matched: /inbound-files is for operators (admin), across tenants
        Map<String, JsonNode> classified = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> inboundFiles(byFile.keySet()), m -> m.size() == byFile.size()
                        && m.values().stream().noneMatch(f -> "RECEIVED".equals(f.get("status").asText())));
        List<String> wrong = new ArrayList<>();
        for (var e : byFile.entrySet()) {
            JsonNode f = classified.get(e.getKey());
            String status = f.get("status").asText();
            System.out.printf("x12 corpus %-48s %-11s -> %-9s %s (%s)%n", e.getValue().name(), e.getKey(), status,
                    f.path("fileType").asText(""), f.path("detail").asText(""));
            boolean ok = e.getValue().malformed() ? status.equals("REJECTED")
                    : List.of("UNMATCHED", "APPLIED", "DUPLICATE").contains(status)
                    && !f.path("detail").asText("").matches("[1-9]\\d* of .*matched.*");
            if (!ok) {
                wrong.add(e.getValue().name() + " -> " + status + " (" + f.path("detail").asText("") + ")");
            }
        }
        assertThat(wrong).as("inbound files classified otherwise than expected").isEmpty();

        // every rejection raised an InboundFileRejected alert (operations tenant) and left no trace of an ERA
        List<String> rejected = classified.values().stream().filter(f -> "REJECTED".equals(f.get("status").asText()))
                .map(f -> f.get("id").asText()).toList();
        List<EventEnvelope> alerts = kafka.events(GatewayEvents.ALERTS_TOPIC, "operations", Duration.ofSeconds(30),
                found -> found.stream().map(a -> a.payloadAs(GatewayEvents.INBOUND_FILE_REJECTED).fileId())
                        .toList().containsAll(rejected));
        assertThat(alerts.stream().map(a -> a.payloadAs(GatewayEvents.INBOUND_FILE_REJECTED).fileId()))
                .containsAll(rejected);
        assertThat(query("SELECT count(*) FROM gateway.remittance_seen WHERE file_id IN ('"
                + String.join("','", rejected) + "')")).isZero();
        assertThat(query("SELECT count(*) FROM remittance.payment WHERE patient_control_number LIKE 'ZZNOCLAIM%'"))
                .isZero();
        assertThat(query("SELECT count(*) FROM remittance.payment")).as("payments after the corpus")
                .isEqualTo(paymentsBefore);
        for (ServiceProcess service : stack.services()) {
            assertThat(service.ready()).as(service.spec().name() + " ready after the corpus").isTrue();
        }

        // and the pipeline still carries a claim all the way to a payment (45 minutes → 90834, another day)
        Http.Reply after = http.post(stack.url("coding-service") + "/sessions", session(45,
                LocalDate.now().minusDays(3)));
        assertThat(after.status()).isEqualTo(201);
        String afterSession = after.body().get("id").asText();
        JsonNode afterClaim = await().atMost(Duration.ofSeconds(90)).until(() -> first(http.get(
                stack.url("claim-service") + "/claims?sessionId=" + afterSession).body()), c -> c != null);
        await().atMost(Duration.ofSeconds(120)).until(() -> first(http.get(stack.url("remittance-service")
                + "/payments?claimId=" + afterClaim.get("id").asText()).body()) != null);
    }

    @Test
    @Order(8)
    void badInputToEveryWriteEndpointAnswers4xxAndNeverAServerError() {
        RawHttp raw = new RawHttp(token, SCAN::add, Duration.ofSeconds(20));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (ServiceProcess service : stack.services()) {
            if (service.spec().name().equals("sandbox")) {
                continue;
            }
            BadInputSweep.Result r = BadInputSweep.sweep(service.spec().name(), service.baseUrl(), http, raw);
            System.out.println(r.summary());
            r.accepted().stream().limit(20).forEach(a -> System.out.println("  accepted: " + a));
            r.badProblems().forEach(b -> System.out.println("  bad problem body: " + b));
            r.hangs().forEach(h -> System.out.println("  hang: " + h));
            if (!r.serverErrors().isEmpty() || !r.hangs().isEmpty() || !r.badProblems().isEmpty() || !r.readyAfter()) {
                failures.add(r.service() + ": 5xx " + r.serverErrors() + ", hangs " + r.hangs() + ", bad problems "
                        + r.badProblems() + ", ready " + r.readyAfter());
            }
            sent += r.sent();
        }
        assertThat(failures).isEmpty();
        assertThat(sent).as("requests the sweep sent").isGreaterThan(200);
    }

    @Test
    @Order(9)
    void theCanaryPhiReachedTheSystemAndErrorsThatEchoInputDoNotEchoIt() {
        JsonNode patient = http.get(stack.url("eligibility-service") + "/patients/" + patientId).body();
        assertThat(patient.get("lastName").asText()).isEqualTo(CANARY_LAST);
        assertThat(patient.get("firstName").asText()).isEqualTo(CANARY_FIRST);
        assertThat(patient.path("address").path("line1").asText()).isEqualTo(CANARY_STREET);
        JsonNode codes = http.get(stack.url("coding-service") + "/sessions/" + sessionId + "/codes").body();
        assertThat(codes.path("narrative").asText()).containsIgnoringCase(CANARY_PHRASE);

        String coding = stack.url("coding-service") + "/sessions";
        String patients = stack.url("eligibility-service") + "/patients";
        String registration = """
                {"patient":{"practiceId":"prac-1","lastName":"%s","firstName":"%s","dateOfBirth":"%s","gender":"%s",
                  "address":{"line1":"%s","city":"Springfield","state":"IL","postalCode":"62702"},"consentToBill":true},
                 "coverages":[{"payerId":"payer-1","order":1,"memberId":"SBXM0001","relationship":"18"}]}""";
        Map<String, Http.Reply> provoked = new LinkedHashMap<>();
        provoked.put("session with a canary as modality", http.post(coding,
                session(50).replace("\"IN_PERSON\"", "\"" + CANARY_LAST + "\"")));
        provoked.put("session with a canary as date of service", http.post(coding,
                session(50).replace(LocalDate.now().minusDays(2).toString(), CANARY_FIRST)));
        provoked.put("session with a canary as minutes", http.post(coding,
                session(50).replace("\"minutes\":50", "\"minutes\":\"" + CANARY_LAST + "\"")));
        provoked.put("session with an oversized canary narrative", http.post(coding, session(50)
                .replace(CANARY_PHRASE, (CANARY_PHRASE + " patient " + CANARY_FIRST + " ").repeat(800))));
        provoked.put("patient with a canary as gender", http.post(patients, registration.formatted(CANARY_LAST,
                CANARY_FIRST, "1985-04-12", CANARY_FIRST, CANARY_STREET)));
        provoked.put("patient with a canary as birth date", http.post(patients, registration.formatted(CANARY_LAST,
                CANARY_FIRST, CANARY_LAST, "F", CANARY_STREET)));
        provoked.put("patient with X12 separators in the name", http.post(patients, registration.formatted(
                CANARY_LAST + "*~", CANARY_FIRST + "^", "1985-04-12", "F", CANARY_STREET + ":")));
        provoked.put("the canary patient registered again", http.post(patients, registration.formatted(CANARY_LAST,
                CANARY_FIRST, "1985-04-12", "F", CANARY_STREET)));
        provoked.put("patient search with a canary as birth date", http.get(patients + "?lastName=" + CANARY_LAST
                + "&firstName=" + CANARY_FIRST + "&dateOfBirth=" + CANARY_LAST));
        provoked.put("patient update with a canary as birth date", http.put(patients + "/" + patientId, """
                {"practiceId":"prac-1","lastName":"%s","firstName":"%s","dateOfBirth":"%s","gender":"F"}"""
                .formatted(CANARY_LAST, CANARY_FIRST, CANARY_LAST)));
        provoked.forEach((what, reply) -> System.out.printf("provoked %-48s -> %d%n", what, reply.status()));
        assertThat(provoked.values()).allSatisfy(r -> assertThat(r.status()).isBetween(400, 499));
    }

    @Test
    @Order(10)
    void noCanaryPhiInAnyServiceLogOrErrorBody() throws Exception {
        CanaryScan.Result r = SCAN.scan(LOGS, logMarks, CANARIES);
        System.out.printf("canary scan: %d log files, %d log lines written by this run, %d error bodies, %d hits%n",
                r.files(), r.logLines(), r.bodies(), r.hits().size());
        r.hits().forEach(h -> System.out.println("  " + h));
        assertThat(r.files()).isGreaterThanOrEqualTo(7);
        assertThat(r.logLines()).isGreaterThan(100);
        assertThat(r.bodies()).isGreaterThan(100);
        assertThat(r.hits()).as("canary PHI found (file:line or error body)").isEmpty();
    }

    /** The newest archived inbound file of a type (read from the gateway's table: its API has no content). */
    private static byte[] archived(String fileType) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.databaseUrl(), stack.databaseUser(), "");
             ResultSet rs = c.createStatement().executeQuery("SELECT content FROM gateway.inbound_file WHERE"
                     + " file_type = '" + fileType + "' AND status = 'APPLIED' ORDER BY received_at DESC LIMIT 1")) {
            assertThat(rs.next()).as("an applied " + fileType + " of this run").isTrue();
            return rs.getBytes(1);
        }
    }

    /** The gateway's view of the named inbound files (those it has archived so far), by file name. */
    private static Map<String, JsonNode> inboundFiles(java.util.Set<String> names) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode all = http.get(stack.url("clearinghouse-gateway") + "/inbound-files").body();
        for (JsonNode f : all) {
            if (names.contains(f.get("fileName").asText())) {
                out.put(f.get("fileName").asText(), f);
            }
        }
        return out;
    }

    private static JsonNode first(JsonNode array) {
        return array != null && array.isArray() && array.size() > 0 ? array.get(0) : null;
    }

    private static List<EventEnvelope> envelopes(EventType<?> type) {
        return kafka.events(type.topic(), TENANT, Duration.ofSeconds(3), found -> false).stream()
                .filter(e -> e.is(type)).toList();
    }

    private static <T> T only(EventType<T> type) {
        List<EventEnvelope> found = envelopes(type);
        assertThat(found).as(type.name() + " events of this tenant").hasSize(1);
        return found.get(0).payloadAs(type);
    }

    private static long unpublished(String schema) throws Exception {
        return query("SELECT count(*) FROM " + schema + ".outbox WHERE published_at IS NULL");
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.databaseUrl(), stack.databaseUser(), "")) {
            c.createStatement().execute(sql);
        }
    }

    private static long query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.databaseUrl(), stack.databaseUser(), "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
