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
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
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
 * The skeleton flow over the real broker and database with every service as its own process:
 * POST /sessions → SessionDocumented → CodesAssigned → ClaimSubmitted → (gateway records it) → RemittanceReceived
 * (published here, as the payer) → PaymentPosted + ClaimDenied → a denial work item. Then: every event arrived
 * once, a redelivered event changes nothing, every outbox is drained, a poison record lands in the dead-letter
 * topic and the consumer keeps going.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {
    static final String TENANT = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    static final String SESSION = """
            {"practiceId":"prac-1","renderingProviderId":"prov-1","patientId":"pat-%s","payerId":"payer-1",
             "dateOfService":"2026-11-02","startTime":"13:05","endTime":"14:00","modality":"VIDEO",
             "patientLocation":"HOME","serviceType":"PSYCHOTHERAPY","diagnoses":["F41.1"],
             "narrative":"Video session, 55 minutes, CBT for generalized anxiety."}
            """;
    static LocalStack stack;
    static KafkaTestClient kafka;
    static Http http;
    static String sessionId;
    static String claimId;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack(LocalStack.findRepo()).heap("200m")
                .startInfrastructure(false, System.out::println)
                .startServices(true, Path.of("target/e2e-logs"), System.out::println);
        kafka = new KafkaTestClient(stack.bootstrapServers());
        http = new Http(Tokens.mint(TENANT, "e2e-biller", "admin", "biller", "coder"));
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

    @Test
    @Order(1)
    void aDocumentedSessionBecomesAClaimThatTheGatewayQueues() {
        Http.Reply created = http.post(stack.url("coding-service") + "/sessions", SESSION.formatted("1"));
        assertThat(created.status()).isEqualTo(201);
        sessionId = created.body().get("id").asText();

        JsonNode claim = await().atMost(Duration.ofSeconds(60)).until(
                () -> first(http.get(stack.url("claim-service") + "/claims?sessionId=" + sessionId).body()),
                c -> c != null && "SUBMITTED".equals(c.get("status").asText()));
        claimId = claim.get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> first(http.get(
                stack.url("clearinghouse-gateway") + "/submissions?claimId=" + claimId).body()) != null);
    }

    @Test
    @Order(2)
    void aDenialIsPostedOnceAndOpensOneWorkItem() {
        ClaimSubmitted submitted = only(ClaimEvents.CLAIM_SUBMITTED);
        BigDecimal charge = submitted.totalCharge();
        RemittanceReceived denial = new RemittanceReceived("payer-1:TRN-E2E", "payer-1", "TRN-E2E",
                LocalDate.of(2026, 11, 20), BigDecimal.ZERO, submitted.patientControlNumber(), "4", charge,
                BigDecimal.ZERO, BigDecimal.ZERO, "PAYER-CLM-1", List.of(new Adjustment("CO", "197", charge, null)),
                List.of("N54"), List.of());
        EventEnvelope sent = kafka.publish(GatewayEvents.REMITTANCE_RECEIVED, TENANT,
                submitted.patientControlNumber(), denial);
        kafka.publish(Topics.REMITTANCE_RECEIVED, sent);  // the broker redelivers it

        JsonNode item = await().atMost(Duration.ofSeconds(60)).until(
                () -> first(http.get(stack.url("denial-service") + "/work-items?claimId=" + claimId).body()),
                w -> w != null);
        assertThat(item.get("category").asText()).isEqualTo("AUTHORIZATION");
        JsonNode payments = http.get(stack.url("remittance-service") + "/payments?claimId=" + claimId).body();
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("status").asText()).isEqualTo("DENIED");
    }

    @Test
    @Order(3)
    void everyEventArrivedOnceAndARedeliveredEventChangesNothing() throws Exception {
        only(CodingEvents.SESSION_DOCUMENTED);
        only(CodingEvents.CODES_ASSIGNED);
        EventEnvelope submitted = envelopes(ClaimEvents.CLAIM_SUBMITTED).get(0);
        only(RemittanceEvents.PAYMENT_POSTED);
        only(RemittanceEvents.CLAIM_DENIED);

        // redeliver ClaimSubmitted and CodesAssigned with their original eventIds
        kafka.publish(Topics.CLAIM_SUBMITTED, submitted);
        kafka.publish(Topics.CODES_ASSIGNED, envelopes(CodingEvents.CODES_ASSIGNED).get(0));
        // a marker session behind them on the same topics proves the duplicates were consumed
        Http.Reply marker = http.post(stack.url("coding-service") + "/sessions", SESSION.formatted("2"));
        String markerSession = marker.body().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> first(http.get(stack.url("claim-service")
                + "/claims?sessionId=" + markerSession).body()) != null);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("gateway", "submission") == 2
                && count("remittance", "claim_ref") == 2);

        assertThat(http.get(stack.url("claim-service") + "/claims?sessionId=" + sessionId).body()).hasSize(1);
        assertThat(count("gateway", "submission")).isEqualTo(2);
        assertThat(count("remittance", "claim_ref")).isEqualTo(2);
        // each consumer recorded each distinct event exactly once in its inbox
        assertThat(query("SELECT count(*) FROM claim.inbox WHERE tenant_id = '" + TENANT
                + "' AND consumer = 'claim.codes-assigned'")).isEqualTo(2);
        assertThat(query("SELECT count(*) FROM gateway.inbox WHERE tenant_id = '" + TENANT
                + "' AND consumer = 'gateway.claim-submitted'")).isEqualTo(2);
        assertThat(envelopes(ClaimEvents.CLAIM_SUBMITTED)).hasSize(3);   // 2 claims + 1 redelivery
        assertThat(envelopes(ClaimEvents.CLAIM_SUBMITTED).stream().map(EventEnvelope::eventId).distinct())
                .hasSize(2);
    }

    @Test
    @Order(4)
    void everyOutboxIsDrained() {
        for (String schema : List.of("coding", "claim", "remittance")) {
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

        Http.Reply after = http.post(stack.url("coding-service") + "/sessions", SESSION.formatted("3"));
        String afterSession = after.body().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> first(http.get(stack.url("claim-service")
                + "/claims?sessionId=" + afterSession).body()) != null);
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

    private static long count(String schema, String table) throws Exception {
        return query("SELECT count(*) FROM " + schema + "." + table + " WHERE tenant_id = '" + TENANT + "'");
    }

    private static long unpublished(String schema) throws Exception {
        return query("SELECT count(*) FROM " + schema + ".outbox WHERE published_at IS NULL");
    }

    private static long query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.databaseUrl(), stack.databaseUser(), "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
