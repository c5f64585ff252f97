package org.rcm.remittance;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventHeaders;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.gateway.RemittanceAdviceReceived;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Posting over the real broker and database: once per ERA, denials go out, poison records go to the DLQ. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class PostingFlowTest {
    static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    static final BigDecimal CHARGE = new BigDecimal("180.00");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void deniedRemittanceIsPostedOnceAndEmitsClaimDenied() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "biller1", "biller");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "claim-1", claim("claim-1", "PCN-1"));
            RemittanceReceived denied = remit("PCN-1", "4", BigDecimal.ZERO,
                    List.of(new Adjustment("CO", "197", CHARGE, null)));
            // the claim reference must be known before the remittance, like in production ordering
            await().atMost(Duration.ofSeconds(20)).until(() -> countRows("claim_ref", tenant) == 1);
            EventEnvelope env = kafka.publish(GatewayEvents.REMITTANCE_RECEIVED, tenant, "PCN-1", denied);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(token).get("/payments?claimId=claim-1").then().statusCode(200)
                            .body("$", hasSize(1)).body("[0].status", equalTo("DENIED")));

            // redelivery of the same event (same eventId) and the same ERA again under a new eventId: no effect
            kafka.publish(GatewayEvents.REMITTANCE_RECEIVED.topic(), env);
            kafka.publish(GatewayEvents.REMITTANCE_RECEIVED, tenant, "PCN-1", denied);

            List<EventEnvelope> denials = kafka.events(Topics.CLAIM_DENIED, tenant, Duration.ofSeconds(20),
                    found -> !found.isEmpty());
            assertThat(denials).hasSize(1);
            ClaimDenied d = denials.get(0).payloadAs(RemittanceEvents.CLAIM_DENIED);
            assertThat(d.claimId()).isEqualTo("claim-1");
            assertThat(d.fullDenial()).isTrue();
            assertThat(d.deniedAmount()).isEqualByComparingTo(CHARGE);
            assertThat(denials.get(0).causationId()).isNotNull();

            // claim + remittance + the same ERA under a new eventId; the redelivered eventId adds no inbox row
            await().atMost(Duration.ofSeconds(20)).until(() -> countRows("inbox", tenant) == 3);
            given().auth().oauth2(token).get("/payments?claimId=claim-1").then().body("$", hasSize(1));
            assertThat(kafka.events(Topics.PAYMENT_POSTED, tenant, Duration.ofSeconds(3), f -> false)).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> unpublishedOutboxRows() == 0);
            // rcm.outbox.retention=PT0S: the relay deletes what the broker acknowledged, nothing is left marked
            assertThat(countRows("outbox", tenant)).isZero();
        }
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerKeepsGoing() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        String marker = "poison-" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publishRaw(Topics.REMITTANCE_RECEIVED, marker, "{not json", tenant);
            kafka.publishRaw(Topics.REMITTANCE_RECEIVED, marker + "-no-tenant", "{}", null);
            List<ConsumerRecord<String, String>> dead = kafka.readAll(Topics.deadLetter("remittance-service"),
                    Duration.ofSeconds(30), recs -> recs.stream().filter(r -> r.key() != null
                            && r.key().startsWith(marker)).count() == 2);
            assertThat(dead).filteredOn(r -> r.key() != null && r.key().startsWith(marker)).hasSize(2)
                    .allSatisfy(r -> assertThat(KafkaTestClient.header(r, "dead-letter-reason")).isNotBlank());

            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "claim-2", claim("claim-2", "PCN-2"));
            await().atMost(Duration.ofSeconds(20)).until(() -> countRows("claim_ref", tenant) == 1);
            assertThat(dead).noneMatch(r -> tenant.equals(KafkaTestClient.header(r, EventHeaders.TENANT_ID))
                    && r.key().startsWith("claim"));
        }
    }

    @Test
    void unmatchedPaymentIsPostedWhenAUserMatchesItAndTheDepositReconciles() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "biller1", "biller");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "claim-9", claim("claim-9", "PCN-9"));
            await().atMost(Duration.ofSeconds(20)).until(() -> countRows("claim_ref", tenant) == 1);
            RemittanceReceived paid = new RemittanceReceived("payer-1:TRN9", "payer-1", "TRN9", DOS.plusDays(14),
                    new BigDecimal("150.00"), "PCN-9X", "1", CHARGE, new BigDecimal("150.00"), BigDecimal.ZERO,
                    "PAYERCLM9", List.of(new Adjustment("CO", "45", new BigDecimal("30.00"), null)), List.of(),
                    List.of());
            kafka.publish(GatewayEvents.REMITTANCE_RECEIVED, tenant, "PCN-9X", paid);
            kafka.publish(GatewayEvents.REMITTANCE_ADVICE_RECEIVED, tenant, "payer-1:TRN9",
                    new RemittanceAdviceReceived("payer-1:TRN9", "payer-1", "TRN9", "ACH", new BigDecimal("145.00"),
                            DOS.plusDays(14), 1, List.of(new RemittanceAdviceReceived.ProviderAdjustment("WO", "R1",
                            new BigDecimal("5.00")))));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(token).get("/payments?status=UNMATCHED").then().statusCode(200)
                            .body("$", hasSize(1)).body("[0].candidates[0].claimId", equalTo("claim-9")));
            String id = given().auth().oauth2(token).get("/payments?status=UNMATCHED").then().extract()
                    .path("[0].id");
            given().auth().oauth2(Tokens.mint(tenant, "viewer", "auditor")).contentType("application/json")
                    .body("{\"claimId\":\"claim-9\"}").post("/payments/" + id + "/match").then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").body("{}")
                    .post("/payments/" + id + "/match").then().statusCode(400);
            given().auth().oauth2(token).contentType("application/json").body("{\"claimId\":\"claim-9\"}")
                    .post("/payments/" + id + "/match").then().statusCode(200).body("status", equalTo("PAID"))
                    .body("claimId", equalTo("claim-9"));
            given().auth().oauth2(Tokens.mint("other-" + tenant, "x", "biller")).get("/payments/" + id).then()
                    .statusCode(404);
            List<EventEnvelope> posted = kafka.events(Topics.PAYMENT_POSTED, tenant, Duration.ofSeconds(20),
                    found -> !found.isEmpty());
            assertThat(posted).singleElement().satisfies(e -> assertThat(
                    e.payloadAs(RemittanceEvents.PAYMENT_POSTED).paidAmount()).isEqualByComparingTo("150.00"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(token).get("/remittances/payer-1:TRN9").then().statusCode(200)
                            .body("reconciliation.status", equalTo("BALANCED")));
            given().auth().oauth2(token).contentType("application/json")
                    .body("{\"traceNumber\":\"TRN9\",\"amount\":145.00,\"depositDate\":\"2026-11-17\",\"bankReference\":\"B1\"}")
                    .post("/deposits").then().statusCode(200).body("status", equalTo("RECONCILED"));
            given().auth().oauth2(token).contentType("application/json")
                    .body("{\"traceNumber\":\"TRN9\",\"amount\":140.00,\"depositDate\":\"2026-11-17\",\"bankReference\":\"B2\"}")
                    .post("/deposits").then().statusCode(200).body("status", equalTo("AMOUNT_MISMATCH"));
            given().auth().oauth2(token).get("/payments/history?claimId=claim-9").then().statusCode(200)
                    .body("action", org.hamcrest.Matchers.hasItems("UNMATCHED", "MATCHED", "POSTED"));
        }
    }

    @Test
    void reversalUndoesThePostingAndTheCorrectionPosts() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "biller1", "biller");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "claim-r", claim("claim-r", "PCN-R"));
            await().atMost(Duration.ofSeconds(20)).until(() -> countRows("claim_ref", tenant) == 1);
            kafka.publish(GatewayEvents.REMITTANCE_RECEIVED, tenant, "PCN-R", new RemittanceReceived("payer-1:T1",
                    "payer-1", "T1", DOS, new BigDecimal("150.00"), "PCN-R", "1", CHARGE, new BigDecimal("150.00"),
                    BigDecimal.ZERO, "P1", List.of(new Adjustment("CO", "45", new BigDecimal("30.00"), null)),
                    List.of(), List.of()));
            await().atMost(Duration.ofSeconds(20)).until(() -> countRows("payment", tenant) == 1);
            kafka.publish(GatewayEvents.REMITTANCE_RECEIVED, tenant, "PCN-R", new RemittanceReceived("payer-1:T2",
                    "payer-1", "T2", DOS, new BigDecimal("-30.00"), "PCN-R", "22", CHARGE.negate(),
                    new BigDecimal("-150.00"), BigDecimal.ZERO, "P1", List.of(new Adjustment("CO", "45",
                    new BigDecimal("-30.00"), null)), List.of(), List.of()));
            kafka.publish(GatewayEvents.REMITTANCE_RECEIVED, tenant, "PCN-R", new RemittanceReceived("payer-1:T2",
                    "payer-1", "T2", DOS, new BigDecimal("-30.00"), "PCN-R", "1", CHARGE, new BigDecimal("120.00"),
                    BigDecimal.ZERO, "P2", List.of(new Adjustment("CO", "45", new BigDecimal("60.00"), null)),
                    List.of(), List.of()));
            await().atMost(Duration.ofSeconds(20)).until(() -> countRows("payment", tenant) == 3);
            given().auth().oauth2(token).get("/payments?claimId=claim-r&status=REVERSED").then()
                    .body("$", hasSize(1)).body("[0].reversesPaymentId", org.hamcrest.Matchers.notNullValue());
            given().auth().oauth2(token).get("/payments/history?claimId=claim-r").then()
                    .body("action", org.hamcrest.Matchers.hasItem("REVERSED"));
            List<EventEnvelope> posted = kafka.events(Topics.PAYMENT_POSTED, tenant, Duration.ofSeconds(20),
                    found -> found.size() >= 3);
            assertThat(posted.stream().map(e -> e.payloadAs(RemittanceEvents.PAYMENT_POSTED).paidAmount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("120.00");
        }
    }

    static ClaimSubmitted claim(String id, String pcn) {
        return new ClaimSubmitted(id, pcn, "s-" + id, "p", "r", "pt", "payer-1", DOS, "11", "1", null, null, null,
                null, null, null, null, "18", List.of("F41.1"),
                List.of(new ClaimSubmitted.ClaimLine(1, pcn + "-1", "90837", List.of(), 1, CHARGE, List.of(1), DOS)),
                CHARGE, List.of());
    }

    static RemittanceReceived remit(String pcn, String status, BigDecimal paid, List<Adjustment> adjustments) {
        return new RemittanceReceived("payer-1:TRN1", "payer-1", "TRN1", DOS.plusDays(14), paid, pcn, status, CHARGE,
                paid, BigDecimal.ZERO, "PAYERCLM1", adjustments, List.of("N54"), List.of());
    }

    long countRows(String table, String tenant) throws Exception {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE tenant_id = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long unpublishedOutboxRows() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM outbox WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
