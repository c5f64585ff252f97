package org.rcm.eligibility;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(InfraResource.class)
class EligibilityCheckFlowTest {

    @Test
    void documentedSessionRequestsOneCoverageCheckPerPatientPayerAndDate() {
        String tenant = "tenant-" + UUID.randomUUID();
        LocalDate dos = LocalDate.of(2026, 11, 2);
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            for (String session : List.of("s1", "s2")) {
                kafka.publish(CodingEvents.SESSION_DOCUMENTED, tenant, session, new SessionDocumented(session, "p",
                        "r", "pat-7", "payer", dos, LocalTime.of(9, 0), LocalTime.of(9, 55), null, "IN_PERSON",
                        "OFFICE", "PSYCHOTHERAPY", null, List.of("F41.1"), "note"));
            }
        }
        String token = Tokens.mint(tenant, "desk", "front-desk");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/eligibility-checks?patientId=pat-7").then().statusCode(200)
                        .body("$", hasSize(1)).body("[0].status", equalTo("PENDING")));
    }
}
