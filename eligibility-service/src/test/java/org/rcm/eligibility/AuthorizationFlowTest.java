package org.rcm.eligibility;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.eligibility.AuthorizationUpdated;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(InfraResource.class)
@WithTestResource(GatewayStub.class)
class AuthorizationFlowTest {
    private static final LocalDate DOS = LocalDate.now(ZoneOffset.UTC);
    private static final String PAYER = "payer-a";

    private static CodesAssigned coded(String session, int revision, String patient, String code) {
        return new CodesAssigned(session, revision, "p", "r", patient, PAYER, DOS, "11", List.of("F41.1"),
                List.of(new CodesAssigned.CodedLine(code, List.of(), 1, 53, List.of(1), "R1", "53 min")), List.of(),
                null);
    }

    private static ClaimSubmitted claim(String claimId, String session, String patient) {
        return new ClaimSubmitted(claimId, "PCN-" + claimId, session, "p", "r", patient, PAYER, DOS, "11", "1", null,
                "AUTH-1", null, null, null, null, null, "18", List.of("F41.1"), List.of(), BigDecimal.TEN, List.of());
    }

    private static ClaimDenied noAuthDenial(String claimId) {
        return new ClaimDenied(claimId, "pay-1", PAYER, "ICN1", "4", true, BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.TEN, List.of(new Adjustment("CO", "197", BigDecimal.TEN, null)), List.of("N54"), List.of());
    }

    private static void awaitUsed(String token, String id, int used, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/authorizations/" + id).then().statusCode(200)
                .body("sessionsUsed", equalTo(used)).body("status", equalTo(status)));
    }

    @Test
    void sessionsAreCountedOncePerSessionExhaustAndANoAuthDenialGivesTheSessionBack() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        String patient = "pat-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(Map.of("patientId", patient, "payerId", PAYER,
                "authorizationNumber", "AUTH-1", "codes", List.of("90837"), "sessionsAuthorized", 2,
                "startDate", DOS.minusDays(10).toString(), "endDate", DOS.plusDays(60).toString(),
                "reviewDue", DOS.plusDays(5).toString()));
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/authorizations")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("sessionsRemaining", equalTo(2))
                .body("alerts", hasItem("REVIEW_DUE")).extract().path("id");

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            EventEnvelope first = kafka.publish(CodingEvents.CODES_ASSIGNED, tenant, "s1", coded("s1", 1, patient,
                    "90837"));
            kafka.publish(CodingEvents.CODES_ASSIGNED, tenant, "s9", coded("s9", 1, patient, "90834"));
            awaitUsed(token, id, 1, "ACTIVE");
            // redelivery and a coder's revision of the same session do not count it twice
            kafka.publish(CodingEvents.CODES_ASSIGNED.topic(), first);
            kafka.publish(CodingEvents.CODES_ASSIGNED, tenant, "s1", coded("s1", 2, patient, "90837"));
            kafka.publish(CodingEvents.CODES_ASSIGNED, tenant, "s2", coded("s2", 1, patient, "90837"));
            awaitUsed(token, id, 2, "EXHAUSTED");
            given().auth().oauth2(token).get("/authorizations/" + id).then().body("sessionsRemaining", equalTo(0))
                    .body("alerts", hasItem("EXHAUSTED")).body("usages.size()", equalTo(2));
            List<EventEnvelope> updates = kafka.events(EligibilityEvents.AUTHORIZATION_UPDATED_TOPIC, tenant,
                    Duration.ofSeconds(20), l -> l.size() >= 3);
            AuthorizationUpdated last = updates.get(updates.size() - 1)
                    .payloadAs(EligibilityEvents.AUTHORIZATION_UPDATED);
            assertThat(last.status()).isEqualTo("EXHAUSTED");
            assertThat(last.sessionsUsed()).isEqualTo(2);
            assertThat(last.authorizationNumber()).isEqualTo("AUTH-1");
            assertThat(updates).allMatch(e -> patient.equals(e.aggregateId()));

            // claim for s2 denied for no authorization: the session goes back
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "c2", claim("c2", "s2", patient));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                    .get("/authorizations/" + id).then().body("usages.find { it.sessionId == 's2' }.claimId",
                            equalTo("c2")));
            kafka.publish(RemittanceEvents.CLAIM_DENIED, tenant, "c2", noAuthDenial("c2"));
            awaitUsed(token, id, 1, "ACTIVE");
            // a denial that arrives before its claim is applied when the claim shows up
            kafka.publish(RemittanceEvents.CLAIM_DENIED, tenant, "c1", noAuthDenial("c1"));
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "c1", claim("c1", "s1", patient));
            awaitUsed(token, id, 0, "ACTIVE");
            List<EventEnvelope> after = kafka.events(EligibilityEvents.AUTHORIZATION_UPDATED_TOPIC, tenant,
                    Duration.ofSeconds(20), l -> l.stream().anyMatch(e -> e.payloadAs(
                            EligibilityEvents.AUTHORIZATION_UPDATED).sessionsUsed() == 0));
            assertThat(after.get(after.size() - 1).payloadAs(EligibilityEvents.AUTHORIZATION_UPDATED).sessionsUsed())
                    .isZero();
        }
        given().auth().oauth2(Tokens.mint("other-" + tenant, "desk", "front-desk")).get("/authorizations/" + id)
                .then().statusCode(404);
    }

    @Test
    void invalidAuthorizationsAreRefusedNamingTheField() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        Map<String, Object> body = new HashMap<>(Map.of("patientId", "p1", "payerId", PAYER,
                "authorizationNumber", "AUTH-9", "sessionsAuthorized", 4,
                "startDate", "2026-11-10", "endDate", "2026-11-01"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/authorizations").then()
                .statusCode(400).body("errors[0].field", equalTo("endDate"));
        body.put("endDate", "2026-12-31");
        given().auth().oauth2(Tokens.mint(tenant, "aud", "auditor")).contentType(ContentType.JSON).body(body)
                .post("/authorizations").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/authorizations").then()
                .statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/authorizations").then()
                .statusCode(409);
    }
}
