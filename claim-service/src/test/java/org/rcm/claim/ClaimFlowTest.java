package org.rcm.claim;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(InfraResource.class)
class ClaimFlowTest {

    @Test
    void codesAssignedBecomesASubmittedClaimWithHistory() {
        String tenant = "tenant-" + UUID.randomUUID();
        CodesAssigned codes = new CodesAssigned("ses-1", 1, "prac", "prov", "pat", "payer",
                LocalDate.of(2026, 11, 2), "11", List.of("F41.1"),
                List.of(new CodesAssigned.CodedLine("90834", List.of(), 1, 45, List.of(1), "PSY-TIME-90834", "45 min")),
                List.of(), null);
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            EventEnvelope sent = kafka.publish(CodingEvents.CODES_ASSIGNED, tenant, "ses-1", codes);
            kafka.publish(CodingEvents.CODES_ASSIGNED.topic(), sent);   // redelivery
            List<EventEnvelope> submitted = kafka.events(Topics.CLAIM_SUBMITTED, tenant, Duration.ofSeconds(30),
                    found -> !found.isEmpty());
            assertThat(submitted).hasSize(1);
            ClaimSubmitted claim = submitted.get(0).payloadAs(ClaimEvents.CLAIM_SUBMITTED);
            assertThat(claim.sessionId()).isEqualTo("ses-1");
            assertThat(claim.frequencyCode()).isEqualTo("1");
            assertThat(claim.totalCharge()).isEqualByComparingTo("140.00");
            assertThat(claim.lines()).extracting(ClaimSubmitted.ClaimLine::lineControlNumber)
                    .containsExactly(claim.patientControlNumber() + "-1");

            String token = Tokens.mint(tenant, "biller", "biller");
            given().auth().oauth2(token).get("/claims/" + claim.claimId()).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("history.to", contains("DRAFT", "SCRUBBED", "READY", "SUBMITTED"));
            given().auth().oauth2(token).get("/claims?sessionId=ses-1").then().statusCode(200)
                    .body("size()", equalTo(1));
            given().auth().oauth2(Tokens.mint("other-tenant", "biller", "biller"))
                    .get("/claims/" + claim.claimId()).then().statusCode(404);
        }
    }
}
