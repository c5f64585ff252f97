package org.rcm.denial;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(InfraResource.class)
class WorkItemFlowTest {

    @Test
    void claimDeniedOpensOneWorkItemInTheAuthorizationQueue() {
        String tenant = "tenant-" + UUID.randomUUID();
        BigDecimal amount = new BigDecimal("180.00");
        ClaimDenied denied = new ClaimDenied("claim-5", "pay-5", "payer", "PCN5", "4", true, amount,
                BigDecimal.ZERO, amount, List.of(new Adjustment("CO", "197", amount, null)), List.of("N54"),
                List.of());
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(RemittanceEvents.CLAIM_DENIED, tenant, "claim-5", denied);
            kafka.publish(RemittanceEvents.CLAIM_DENIED, tenant, "claim-5", denied);  // same denial, new eventId
        }
        String token = Tokens.mint(tenant, "biller", "biller");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/work-items?category=AUTHORIZATION").then().statusCode(200)
                        .body("$", hasSize(1)).body("[0].claimId", equalTo("claim-5"))
                        .body("[0].reasonCodes[0]", equalTo("CO-197")));
        given().auth().oauth2(token).get("/work-items?category=HOLOGRAM").then().statusCode(404);
    }
}
