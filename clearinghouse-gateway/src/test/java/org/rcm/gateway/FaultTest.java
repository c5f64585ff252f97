package org.rcm.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.gateway.BatchAckOverdue;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.Tokens;
import org.rcm.platform.x12.Delimiters;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.X12Validator;
import org.rcm.platform.x12.ack.Ack999Writer;
import org.rcm.platform.x12.eligibility.Eligibility271Reader;
import org.rcm.platform.x12.eligibility.EligibilityInquiry;
import org.rcm.platform.x12.eligibility.EligibilityResponse;
import org.rcm.platform.x12.eligibility.Inquiry270Writer;
import org.rcm.platform.x12.eligibility.InquiryParty;
import org.rcm.platform.x12.eligibility.InquirySubject;
import org.rcm.gateway.service.BatchAssembler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rcm.gateway.EndToEndTest.events;
import static org.rcm.gateway.EndToEndTest.publish;

@QuarkusTest
@WithTestResource(InfraResource.class)
@WithTestResource(SandboxProcess.class)
class FaultTest {

    @Test
    void sandboxDownDuringUploadIsRetriedWithIdenticalBytesAndNoDuplicateClaim() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "ops", "integrator");
        String pcn = "F" + Long.toHexString(System.nanoTime()).toUpperCase();
        SandboxProcess.stopProcess();
        Map<String, Object> failed;
        try {
            publish(tenant, Claims.claim("f1", pcn, "SBX01", "SBXM0002", "90834", "150.00", null));
            await().atMost(Duration.ofSeconds(60)).until(() -> !given().auth().oauth2(token)
                    .get("/batches?status=retry").then().statusCode(200).extract().jsonPath()
                    .<Map<String, Object>>getList("$").isEmpty());
            failed = given().auth().oauth2(token).get("/batches?status=retry").then().extract().jsonPath()
                    .<Map<String, Object>>getList("$").get(0);
            assertThat((String) failed.get("lastError")).isNotBlank();
            // real-time eligibility while the partner is down: 503 (refused or circuit open) or 504
            int status = given().auth().oauth2(Tokens.mint(tenant, "fd", "front-desk"))
                    .contentType("application/edi-x12").body(inquiry("SBXM0001"))
                    .post("/eligibility/exchange").then().extract().statusCode();
            assertThat(status).isIn(503, 504);
        } finally {
            SandboxProcess.startProcess();
        }
        var remits = events(Topics.REMITTANCE_RECEIVED, tenant, 1);
        assertThat(remits).hasSize(1);
        Map<String, Object> sent = given().auth().oauth2(token).get("/batches/" + failed.get("id")).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("sha256")).isEqualTo(failed.get("sha256"));
        assertThat(sent.get("interchangeControlNumber")).isEqualTo(failed.get("interchangeControlNumber"));
        assertThat((Integer) sent.get("attempts")).isGreaterThan(1);
        List<Map<String, Object>> atSandbox = given().get(SandboxProcess.url("/sandbox/claims")).then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.patientControlNumber == '" + pcn + "' }");
        assertThat(atSandbox).singleElement().satisfies(c -> assertThat(c.get("sha256")).isEqualTo(sent.get("sha256")));

        // and the real-time exchange works again: 270 in, 271 out, member active with behavioral benefits
        byte[] answer = given().auth().oauth2(Tokens.mint(tenant, "fd", "front-desk"))
                .contentType("application/edi-x12").body(inquiry("SBXM0001")).post("/eligibility/exchange")
                .then().statusCode(200).extract().asByteArray();
        List<EligibilityResponse> responses = new ArrayList<>();
        Eligibility271Reader.read(new ByteArrayInputStream(answer), responses::add);
        assertThat(responses).singleElement().satisfies(r -> {
            assertThat(r.allErrors()).isEmpty();
            assertThat(r.subscriber().benefits()).anySatisfy(b -> assertThat(b.informationCode()).isEqualTo("1"));
        });
        byte[] unknown = given().auth().oauth2(Tokens.mint(tenant, "fd", "front-desk"))
                .contentType("application/edi-x12").body(inquiry("NOBODY")).post("/eligibility/exchange")
                .then().statusCode(200).extract().asByteArray();
        responses.clear();
        Eligibility271Reader.read(new ByteArrayInputStream(unknown), responses::add);
        assertThat(responses.get(0).allErrors()).anySatisfy(e -> assertThat(e.reasonCode()).isEqualTo("72"));
    }

    @Test
    void uncertainRestSendIsReplayedWithTheSameKeyAndTheSandboxSeesOneClaim() {
        String tenant = "t-" + UUID.randomUUID();
        String pcn = "U" + Long.toHexString(System.nanoTime()).toUpperCase();
        given().post(SandboxProcess.url("/sandbox/faults?acceptThenFail=1")).then().statusCode(200);
        publish(tenant, Claims.claim("u1", pcn, "SBX02", "SBXM0001", "90834", "150.00", null));
        assertThat(events(Topics.REMITTANCE_RECEIVED, tenant, 1)).hasSize(1);
        List<Map<String, Object>> atSandbox = given().get(SandboxProcess.url("/sandbox/claims")).then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.patientControlNumber == '" + pcn + "' }");
        assertThat(atSandbox).hasSize(1);
        assertThat(events(Topics.REMITTANCE_RECEIVED, tenant, 2, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void batchWithoutAckIsOverdueAndAMalformed999IsKeptAndNotApplied() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "ops", "admin");
        String pcn = "Q" + Long.toHexString(System.nanoTime()).toUpperCase();
        publish(tenant, Claims.claim("q1", pcn, "SBX09", "SBXM0001", "90834", "150.00", null));
        await().atMost(Duration.ofSeconds(60)).until(() -> !given().auth().oauth2(token)
                .get("/batches?status=overdue").then().statusCode(200).extract().jsonPath().getList("$").isEmpty());
        String batchId = given().auth().oauth2(token).get("/batches?status=overdue").then().extract().path("[0].id");
        BatchAckOverdue alert = events(GatewayEvents.ALERTS_TOPIC, tenant, 1).get(0)
                .payloadAs(GatewayEvents.BATCH_ACK_OVERDUE);
        assertThat(alert.batchId()).isEqualTo(batchId);

        // a 999 for that batch whose SE01 count is wrong: archived, rejected, nothing applied
        byte[] sent837 = given().auth().oauth2(token).get("/batches/" + batchId + "/file").then().statusCode(200)
                .extract().asByteArray();
        ByteArrayOutputStream ack = new ByteArrayOutputStream();
        Ack999Writer.write(ack, new InterchangeEnvelope("ZZ", "SANDBOXCH", "ZZ", "RCMSUBMITTER", "SANDBOXCH",
                        "RCMSUBMITTER", LocalDateTime.now().withSecond(0).withNano(0), 77, 77, false, false,
                        Delimiters.standard().withSuffix("\n")), "0001",
                X12Validator.validate(new ByteArrayInputStream(sent837)).groups());
        byte[] malformed = ack.toString(StandardCharsets.US_ASCII).replaceFirst("\nSE\\*\\d+\\*", "\nSE*99*")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(X12Validator.validate(new ByteArrayInputStream(malformed)).errors()).isNotEmpty();
        Path tmp = SandboxProcess.dataDir.resolve("bad.999");
        Files.write(tmp, malformed);
        Files.move(tmp, SandboxProcess.dataDir.resolve("sftp/quiet-out/bad.999"), StandardCopyOption.ATOMIC_MOVE);
        String sha = BatchAssembler.sha256(malformed);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(given().auth().oauth2(token).get("/inbound-files?status=REJECTED").then().statusCode(200)
                        .extract().jsonPath().getList("sha256")).contains(sha));
        given().auth().oauth2(token).get("/batches/" + batchId).then().statusCode(200)
                .body("ackStatus", org.hamcrest.Matchers.nullValue());
        assertThat(events(GatewayEvents.ALERTS_TOPIC, "operations", 100, Duration.ofSeconds(5)).stream()
                .filter(e -> e.eventType().equals(GatewayEvents.INBOUND_FILE_REJECTED.name()))
                .map(e -> e.payloadAs(GatewayEvents.INBOUND_FILE_REJECTED)))
                .anySatisfy(a -> {
                    assertThat(a.sha256()).isEqualTo(sha);
                    assertThat(a.reason()).contains("IK5 4");
                });

        assertThat(events(GatewayEvents.CLAIM_ACKNOWLEDGED_TOPIC, tenant, 1, Duration.ofSeconds(3))).isEmpty();

        // a TA1 rejecting that interchange (note 022): the batch and its claim are rejected with the TA1 reason
        var inbound = X12Validator.validate(new ByteArrayInputStream(sent837)).interchanges().get(0);
        var rejectedOutcome = new org.rcm.platform.x12.InterchangeOutcome(inbound.controlNumber(),
                inbound.senderQualifier(), inbound.senderId(), inbound.receiverQualifier(), inbound.receiverId(),
                inbound.date(), inbound.time(), inbound.version(), true, inbound.usage(), inbound.delimiters(),
                List.of(), List.of(new org.rcm.platform.x12.Finding(org.rcm.platform.x12.Level.TA1, "022",
                org.rcm.platform.x12.Severity.ERROR, 1, 0, "GS", 0, 0, inbound.controlNumber(), "test")));
        ByteArrayOutputStream ta1 = new ByteArrayOutputStream();
        org.rcm.platform.x12.ack.Ta1Writer.write(ta1, new InterchangeEnvelope("ZZ", "SANDBOXCH", "ZZ",
                "RCMSUBMITTER", "SANDBOXCH", "RCMSUBMITTER", LocalDateTime.now().withSecond(0).withNano(0), 78, 78,
                false, false, Delimiters.standard()), rejectedOutcome);
        Path tmp2 = SandboxProcess.dataDir.resolve("reject.ta1");
        Files.write(tmp2, ta1.toByteArray());
        Files.move(tmp2, SandboxProcess.dataDir.resolve("sftp/quiet-out/reject.ta1"), StandardCopyOption.ATOMIC_MOVE);
        var rejections = events(GatewayEvents.CLAIM_REJECTED_TOPIC, tenant, 1).stream()
                .map(e -> e.payloadAs(GatewayEvents.CLAIM_REJECTED)).toList();
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("TA1");
            assertThat(r.statusCode()).isEqualTo("022");
        });
        given().auth().oauth2(token).get("/batches?status=rejected").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(batchId));
    }

    static byte[] inquiry(String memberId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Inquiry270Writer w = new Inquiry270Writer(out, new InterchangeEnvelope("ZZ", "RCMSUBMITTER", "ZZ",
                "SANDBOXCH", "RCMSUBMITTER", "SANDBOXCH", LocalDateTime.now().withSecond(0).withNano(0), 5, 5, false,
                false, Delimiters.standard()))) {
            w.begin("0001", "REF1", LocalDateTime.now().withSecond(0).withNano(0));
            w.write(new EligibilityInquiry("TRACE1", "9RCM000001", new InquiryParty("2", "SANDBOX HEALTH PLAN", null,
                    "PI", "SBX01"), new InquiryParty("2", "CALM MINDS CLINIC", null, "XX", "1234567893"),
                    new InquirySubject("DOE", "JANE", memberId, LocalDate.of(1990, 4, 1), "F"), null,
                    List.of("MH"), LocalDate.of(2026, 11, 2)));
            w.end();
        }
        return out.toByteArray();
    }
}
