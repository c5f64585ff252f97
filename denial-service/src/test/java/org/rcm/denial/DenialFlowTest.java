package org.rcm.denial;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.denial.ClaimCorrectionRequested;
import org.rcm.platform.events.denial.DenialEvents;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** ClaimDenied → work item in the right queue → correct & resubmit → ClaimCorrectionRequested on Kafka. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class DenialFlowTest {
    static final LocalDate DOS = LocalDate.of(2026, 11, 2);

    static ClaimSubmitted claim(String id, BigDecimal charge) {
        return new ClaimSubmitted(id, "PCN-" + id, "s-" + id, "p", "prov-1", "pt", "payer-1", DOS, "11", "1", null,
                null, null, null, null, null, null, "18", List.of("F41.1"),
                List.of(new ClaimSubmitted.ClaimLine(1, id + "-1", "90837", List.of("95"), 1, charge, List.of(1), DOS)),
                charge, List.of());
    }

    static ClaimDenied denied(String claimId, String carc, String remark, BigDecimal amount) {
        return new ClaimDenied(claimId, "pay-" + claimId, "payer-1", "PAYER-" + claimId, "4", true, amount,
                BigDecimal.ZERO, amount, List.of(new Adjustment("CO", carc, amount, null)), List.of(remark),
                List.of());
    }

    String waitForItem(String token, String claimId, String category) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/work-items?claimId=" + claimId).then().statusCode(200)
                        .body("$", hasSize(1)).body("[0].category", equalTo(category)));
        return given().auth().oauth2(token).get("/work-items?claimId=" + claimId).then().extract().path("[0].id");
    }

    @Test
    void correctAndResubmitPublishesClaimCorrectionRequested() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "biller1", "biller");
        BigDecimal amount = new BigDecimal("180.00");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "c1", claim("c1", amount));
            kafka.publish(RemittanceEvents.CLAIM_DENIED, tenant, "c1", denied("c1", "16", "N290", amount));
            String id = waitForItem(token, "c1", "CODING");
            given().auth().oauth2(token).get("/work-items/" + id).then()
                    .body("deadline", equalTo(LocalDate.now().plusDays(180).toString()));
            given().auth().oauth2(token).contentType("application/json").body("{\"userId\":\"biller1\"}")
                    .post("/work-items/" + id + "/assign").then().statusCode(200).body("assignedTo", equalTo("biller1"));
            given().auth().oauth2(token).contentType("application/json")
                    .body("{\"correctionType\":\"SIDEWAYS\",\"reason\":\"x\"}")
                    .post("/work-items/" + id + "/correct").then().statusCode(400)
                    .body(containsString("correctionType"));
            given().auth().oauth2(token).contentType("application/json")
                    .body("{\"correctionType\":\"REPLACE\",\"reason\":\"modifier 95 missing on line 1\","
                            + "\"lineChanges\":[{\"lineNumber\":1,\"code\":\"90837\",\"modifiers\":[\"95\",\"HO\"]}]}")
                    .post("/work-items/" + id + "/correct").then().statusCode(200)
                    .body("status", equalTo("RESOLVED")).body("resolution", equalTo("CORRECTED"));
            given().auth().oauth2(token).contentType("application/json").body("{\"reason\":\"again\"}")
                    .post("/work-items/" + id + "/transfer-to-patient").then().statusCode(409);
            List<EventEnvelope> corrections = kafka.events(DenialEvents.CLAIM_CORRECTION_REQUESTED_TOPIC, tenant,
                    Duration.ofSeconds(20), found -> !found.isEmpty());
            ClaimCorrectionRequested c = corrections.get(0).payloadAs(DenialEvents.CLAIM_CORRECTION_REQUESTED);
            assertThat(c.claimId()).isEqualTo("c1");
            assertThat(c.correctionType()).isEqualTo("REPLACE");
            assertThat(c.payerClaimControlNumber()).isEqualTo("PAYER-c1");
            assertThat(c.lineChanges()).singleElement().satisfies(l -> assertThat(l.modifiers()).contains("HO"));
            assertThat(kafka.events(DenialEvents.DENIAL_RESOLVED_TOPIC, tenant, Duration.ofSeconds(20),
                    found -> !found.isEmpty()).get(0).payloadAs(DenialEvents.DENIAL_RESOLVED).action())
                    .isEqualTo("CORRECTED");
            given().auth().oauth2(token).get("/work-items/" + id + "/audit").then()
                    .body("action", hasItems("OPENED", "ASSIGNED", "CORRECTED"));
            given().auth().oauth2(Tokens.mint("other-" + tenant, "b", "biller")).get("/work-items/" + id).then()
                    .statusCode(404);
        }
    }

    @Test
    void appealLetterWriteOffApprovalAndRuleEditing() {
        String tenant = "tenant-" + UUID.randomUUID();
        String biller = Tokens.mint(tenant, "biller1", "biller");
        String admin = Tokens.mint(tenant, "admin1", "admin");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            given().auth().oauth2(admin).contentType("application/json")
                    .body("{\"appealWindowDays\":60,\"timelyFilingDays\":90}").put("/payer-policies/payer-1")
                    .then().statusCode(200);
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "c2", claim("c2", new BigDecimal("150.00")));
            await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ofMillis(200)).until(() -> true);
            kafka.publish(RemittanceEvents.CLAIM_DENIED, tenant, "c2", denied("c2", "50", "N115",
                    new BigDecimal("150.00")));
            String appealId = waitForItem(biller, "c2", "MEDICAL_NECESSITY");
            given().auth().oauth2(biller).contentType("application/json")
                    .body("{\"reason\":\"Treatment plan documents medical necessity.\"}")
                    .post("/work-items/" + appealId + "/appeal").then().statusCode(200)
                    .body("status", equalTo("APPEALED"))
                    .body("appealLetter", containsString("CO-50"))
                    .body("appealLetter", containsString(LocalDate.now().plusDays(60).toString()));
            given().auth().oauth2(biller).contentType("application/json").body("{\"won\":true}")
                    .post("/work-items/" + appealId + "/appeal-outcome").then().statusCode(200)
                    .body("resolution", equalTo("APPEAL_WON"));

            // admin remaps CO-18 for this tenant: later denials land in the new queue
            given().auth().oauth2(biller).contentType("application/json")
                    .body("{\"group\":\"CO\",\"carc\":\"18\",\"category\":\"CODING\",\"effectiveFrom\":\"2020-01-01\"}")
                    .post("/denial-rules").then().statusCode(403);
            given().auth().oauth2(admin).contentType("application/json")
                    .body("{\"group\":\"CO\",\"carc\":\"18\",\"category\":\"CODING\",\"effectiveFrom\":\"2020-01-01\"}")
                    .post("/denial-rules").then().statusCode(200).body("tenantSpecific", equalTo(true));
            kafka.publish(RemittanceEvents.CLAIM_DENIED, tenant, "c3", denied("c3", "18", "N111",
                    new BigDecimal("500.00")));
            String writeOffId = waitForItem(biller, "c3", "CODING");
            given().auth().oauth2(biller).contentType("application/json").body("{\"reason\":\"not worth appeal\"}")
                    .post("/work-items/" + writeOffId + "/write-off").then().statusCode(200)
                    .body("status", equalTo("PENDING_APPROVAL"));
            given().auth().oauth2(biller).post("/work-items/" + writeOffId + "/approve-write-off").then()
                    .statusCode(403);
            given().auth().oauth2(admin).post("/work-items/" + writeOffId + "/approve-write-off").then()
                    .statusCode(200).body("resolution", equalTo("WRITTEN_OFF"));
        }
    }
}
