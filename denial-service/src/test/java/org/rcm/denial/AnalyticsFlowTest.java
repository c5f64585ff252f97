package org.rcm.denial;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.claim.ClaimStatusChanged;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.greaterThan;

/** KPIs fed by claim, acknowledgement and payment events. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class AnalyticsFlowTest {

    static ClaimSubmitted claim(String id, String payer) {
        ClaimSubmitted c = DenialFlowTest.claim(id, new BigDecimal("100.00"));
        return new ClaimSubmitted(c.claimId(), c.patientControlNumber(), c.sessionId(), c.practiceId(),
                c.renderingProviderId(), c.patientId(), payer, c.dateOfService(), c.placeOfService(),
                c.frequencyCode(), null, null, null, null, null, null, null, "18", c.diagnoses(), c.lines(),
                c.totalCharge(), List.of());
    }

    static ClaimStatusChanged moved(String claimId, String from, String to) {
        return new ClaimStatusChanged(claimId, "PCN-" + claimId, null, from, to, "test", null, Instant.now(),
                List.of());
    }

    static PaymentPosted posted(String claimId, String payer, String status, String paid) {
        return new PaymentPosted(claimId, "pay-" + claimId, "era", payer, status, new BigDecimal("100.00"),
                new BigDecimal(paid), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void denialRateCleanClaimRateAgingAndForecastFromEvents() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "auditor1", "auditor");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "a1", claim("a1", "payer-A"));
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "b1", claim("b1", "payer-B"));
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "b2", claim("b2", "payer-B"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(token).get("/analytics/ar").then().statusCode(200)
                            .body("buckets[0].claims", equalTo(3)));
            // first pass from the claims' own moves: b1 accepted by its 277CA, a1 paid before its 277CA arrived (an
            // adjudicated claim passed the front end), b2 rejected and accepted after a fix (its first verdict counts)
            kafka.publish(ClaimEvents.CLAIM_STATUS_CHANGED, tenant, "b1", moved("b1", "ACKNOWLEDGED", "ACCEPTED"));
            kafka.publish(ClaimEvents.CLAIM_STATUS_CHANGED, tenant, "a1", moved("a1", "ACKNOWLEDGED", "PAID"));
            kafka.publish(ClaimEvents.CLAIM_STATUS_CHANGED, tenant, "b2", moved("b2", "SUBMITTED", "REJECTED"));
            kafka.publish(ClaimEvents.CLAIM_STATUS_CHANGED, tenant, "b2", moved("b2", "SUBMITTED", "ACCEPTED"));
            kafka.publish(RemittanceEvents.PAYMENT_POSTED, tenant, "a1", posted("a1", "payer-A", "PAID", "100.00"));
            kafka.publish(RemittanceEvents.PAYMENT_POSTED, tenant, "b1", posted("b1", "payer-B", "DENIED", "0"));
            kafka.publish(RemittanceEvents.CLAIM_DENIED, tenant, "b1", DenialFlowTest.denied("b1", "197", "N54",
                    new BigDecimal("100.00")));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                given().auth().oauth2(token).get("/analytics/denial-rate?by=payer").then().statusCode(200)
                        .body("find { it.key == 'payer-B' }.rate", equalTo(1.0f))
                        .body("find { it.key == 'payer-A' }.rate", equalTo(0.0f));
                given().auth().oauth2(token).get("/analytics/clean-claim-rate").then()
                        .body("total", equalTo(3)).body("count", equalTo(2));
                given().auth().oauth2(token).get("/analytics/top-carcs").then().body("code", hasItem("CO-197"));
            });
            given().auth().oauth2(token).get("/analytics/denial-rate?by=code").then()
                    .body("find { it.key == '90837' }.total", equalTo(2));
            given().auth().oauth2(token).get("/analytics/denial-rate?by=category").then()
                    .body("find { it.key == 'AUTHORIZATION' }.count", equalTo(1));
            given().auth().oauth2(token).get("/analytics/denial-rate?by=galaxy").then().statusCode(400);
            // a1 is settled; b1 (denied, open) and b2 (not adjudicated) are open A/R
            given().auth().oauth2(token).get("/analytics/ar").then()
                    .body("buckets[0].claims", equalTo(2)).body("openBalance", equalTo(200.0f));
            given().auth().oauth2(token).contentType("application/json")
                    .body("{\"payerId\":\"payer-B\",\"code\":\"90837\",\"modifiers\":[\"95\"],\"placeOfService\":\"11\"}")
                    .post("/forecast").then().statusCode(200)
                    .body("probability", lessThan(0.67f)).body("probability", greaterThan(0.0f));
        }
    }
}
