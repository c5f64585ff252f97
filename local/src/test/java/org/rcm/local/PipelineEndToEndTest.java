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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline over the real broker and database with every service (and the sandbox clearinghouse) as its
 * own process: billing setup and patient registration through the APIs, then POST /sessions → SessionDocumented →
 * CodesAssigned → ClaimSubmitted → 837P over SFTP to the sandbox → 999 + 277CA + 835 → RemittanceReceived →
 * PaymentPosted / ClaimDenied → a denial work item. Then: every event arrived once, redelivered events change
 * nothing, every outbox is drained, a poison record lands in the dead-letter topic and the consumer keeps going,
 * and another tenant can read or change nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {
    static final String TENANT = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    static final String SESSION = """
            {"practiceId":"prac-1","renderingProviderId":"prov-1","patientId":"%s","payerId":"payer-1",
             "dateOfService":"%s","minutes":%d,"modality":"IN_PERSON","patientLocation":"OFFICE",
             "serviceType":"PSYCHOTHERAPY","diagnoses":["F41.1"],
             "narrative":"Individual psychotherapy, %d minutes, CBT for generalized anxiety; goals reviewed."}
            """;
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
        stack = new LocalStack(LocalStack.findRepo()).heap("200m")
                .serviceProperty("rcm.outbox.enabled", "relay".equals(sabotage) ? "false" : "true")
                .startInfrastructure(false, System.out::println)
                .startServices(true, Path.of("target/e2e-logs"), System.out::println);
        if ("inbox".equals(sabotage)) {
            for (String schema : List.of("coding", "eligibility", "claim", "gateway", "remittance", "denial")) {
                execute("ALTER TABLE " + schema + ".inbox DROP CONSTRAINT inbox_pkey");
            }
        }
        kafka = new KafkaTestClient(stack.bootstrapServers());
        http = new Http(Tokens.mint(TENANT, "e2e-biller", "admin", "biller", "coder", "front-desk"));
        TenantFixture fixture = new TenantFixture(stack, http).practice("prac-1")
                .therapist("prov-1", "1497758544", "Rivera", "Ana")
                .payer("payer-1", "SBX01", "Sandbox Health Plan", "CI", "COMMERCIAL_95").fees();
        patientId = fixture.patient("prac-1", "Doe", "Jane", "1985-04-12", "payer-1", "SBXM0001", null, null);
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
        return SESSION.formatted(patientId, LocalDate.now().minusDays(2), minutes, minutes);
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
                "front-desk", "auditor"));
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
