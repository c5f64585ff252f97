package org.rcm.gateway;

import com.imsweb.x12.reader.X12Reader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.gateway.ClaimAcknowledged;
import org.rcm.platform.events.gateway.ClaimRejected;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;
import org.rcm.platform.x12.X12Validator;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Claims → 837P to the sandbox (SFTP and REST) → 999 + 277CA → 835 → events, over the real broker. */
@QuarkusTest
@WithTestResource(InfraResource.class)
@WithTestResource(SandboxProcess.class)
class EndToEndTest {

    static List<EventEnvelope> events(String topic, String tenant, int atLeast) {
        return events(topic, tenant, atLeast, Duration.ofSeconds(60));
    }

    /** Events of the tenant on the topic, read until there are atLeast or the timeout passes. */
    static List<EventEnvelope> events(String topic, String tenant, int atLeast, Duration timeout) {
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            return kafka.events(topic, tenant, timeout, l -> l.size() >= atLeast);
        }
    }

    static void publish(String tenant, ClaimSubmitted... claims) {
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            for (ClaimSubmitted c : claims) {
                kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, c.claimId(), c);
            }
        }
    }

    @Test
    void sftpClaimsComeBackAsAcknowledgmentsStatusAndRemittance() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        String p = "S" + Long.toHexString(System.nanoTime()).toUpperCase();
        publish(tenant,
                Claims.claim("c1", p + "A", "SBX01", "SBXM0001", "90834", "150.00", null),
                Claims.claim("c2", p + "B", "SBX01", "NOSUCHMEMBER", "90834", "150.00", null),
                Claims.claim("c3", p + "C", "SBX01", "SBXM0001", "90837", "200.00", null));

        List<EventEnvelope> remits = events(Topics.REMITTANCE_RECEIVED, tenant, 2);
        assertThat(remits).hasSize(2);
        RemittanceReceived paid = remits.stream().map(e -> e.payloadAs(GatewayEvents.REMITTANCE_RECEIVED))
                .filter(r -> r.patientControlNumber().equals(p + "A")).findFirst().orElseThrow();
        assertThat(paid.claimStatusCode()).isEqualTo("1");
        assertThat(paid.paidAmount()).isEqualByComparingTo("80");
        assertThat(paid.patientResponsibility()).isEqualByComparingTo("20");
        assertThat(paid.lines().get(0).adjustments()).extracting(a -> a.group() + "-" + a.reason())
                .containsExactly("CO-45", "PR-3");
        RemittanceReceived denied = remits.stream().map(e -> e.payloadAs(GatewayEvents.REMITTANCE_RECEIVED))
                .filter(r -> r.patientControlNumber().equals(p + "C")).findFirst().orElseThrow();
        assertThat(denied.claimStatusCode()).isEqualTo("4");
        assertThat(denied.lines().get(0).adjustments().get(0).reason()).isEqualTo("197");

        List<ClaimAcknowledged> acks = events(GatewayEvents.CLAIM_ACKNOWLEDGED_TOPIC, tenant, 3).stream()
                .map(e -> e.payloadAs(GatewayEvents.CLAIM_ACKNOWLEDGED)).toList();
        assertThat(acks).hasSize(3).allMatch(ClaimAcknowledged::accepted);
        List<ClaimRejected> rejected = events(GatewayEvents.CLAIM_REJECTED_TOPIC, tenant, 1).stream()
                .map(e -> e.payloadAs(GatewayEvents.CLAIM_REJECTED)).toList();
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.claimId()).isEqualTo("c2");
            assertThat(r.source()).isEqualTo("277CA");
            assertThat(r.statusCategory() + ":" + r.statusCode() + ":" + r.entity()).isEqualTo("A7:97:IL");
        });
        assertThat(events(GatewayEvents.CLAIM_ACCEPTED_TOPIC, tenant, 2)).hasSize(2);

        // the stored 837P validates with platform/x12 and with an independent parser (imsweb)
        String token = Tokens.mint(tenant, "ops", "integrator");
        List<String> batchIds = given().auth().oauth2(token).get("/batches").then().statusCode(200)
                .extract().jsonPath().getList("id");
        int claims = 0;
        for (String batchId : batchIds) {
            byte[] file = given().auth().oauth2(token).get("/batches/" + batchId + "/file").then().statusCode(200)
                    .extract().asByteArray();
            assertThat(X12Validator.validate(new ByteArrayInputStream(file)).errors()).isEmpty();
            X12Reader oracle = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new ByteArrayInputStream(file));
            assertThat(oracle.getFatalErrors()).isEmpty();
            assertThat(oracle.getErrors()).isEmpty();
            assertThat(oracle.getLoops()).hasSize(1);
            var view = given().auth().oauth2(token).get("/batches/" + batchId).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(view.getString("ackStatus")).isEqualTo("A");
            assertThat(view.getString("sha256")).isEqualTo(org.rcm.gateway.service.BatchAssembler.sha256(file));
            claims += view.getInt("claimCount");
        }
        assertThat(claims).isEqualTo(3);
    }

    @Test
    void restClaimIsPaidWithProviderAdjustmentAndSameEraTwiceIsOnePayment() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        String pcn = "R" + Long.toHexString(System.nanoTime()).toUpperCase();
        publish(tenant, Claims.claim("r1", pcn, "SBX02", "SBXM0001", "90834", "150.00", null));
        List<EventEnvelope> remits = events(Topics.REMITTANCE_RECEIVED, tenant, 1);
        RemittanceReceived r = remits.get(0).payloadAs(GatewayEvents.REMITTANCE_RECEIVED);
        assertThat(r.paidAmount()).isEqualByComparingTo("100");
        assertThat(r.paymentAmount()).isEqualByComparingTo("95");
        var advice = events(GatewayEvents.REMITTANCE_ADVICE_TOPIC, tenant, 1).get(0)
                .payloadAs(GatewayEvents.REMITTANCE_ADVICE_RECEIVED);
        assertThat(advice.providerAdjustments()).singleElement()
                .satisfies(a -> assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("5")));

        // deliver the same ERA again (same payer + TRN02): archived as DUPLICATE, no second RemittanceReceived
        Path processed = SandboxProcess.dataDir.resolve("rest/outbox/processed");
        Path era;
        try (Stream<Path> files = Files.list(processed)) {
            era = files.filter(f -> f.toString().endsWith(".835"))
                    .filter(f -> new String(read(f)).contains(pcn)).findFirst().orElseThrow();
        }
        given().contentType("application/edi-x12").body(Files.readAllBytes(era))
                .post(SandboxProcess.url("/sandbox/outbox/rest/835")).then().statusCode(200);
        String admin = Tokens.mint(tenant, "ops", "admin");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(given().auth().oauth2(admin).get("/inbound-files?status=DUPLICATE").then()
                        .statusCode(200).extract().jsonPath().getList("sha256"))
                        .contains(org.rcm.gateway.service.BatchAssembler.sha256(read(era))));
        // the duplicate file was applied (as nothing) in one transaction: no event can still be on its way
        assertThat(events(Topics.REMITTANCE_RECEIVED, tenant, 2, Duration.ofSeconds(3))).hasSize(1);
        assertThat(events(GatewayEvents.REMITTANCE_ADVICE_TOPIC, tenant, 2, Duration.ofSeconds(3))).hasSize(1);
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
