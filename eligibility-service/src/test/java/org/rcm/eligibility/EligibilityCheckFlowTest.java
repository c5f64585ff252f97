package org.rcm.eligibility;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.eligibility.EligibilityProblem;
import org.rcm.platform.events.eligibility.EligibilityVerified;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(InfraResource.class)
@WithTestResource(GatewayStub.class)
class EligibilityCheckFlowTest {
    private static final LocalDate DOS = LocalDate.of(2026, 11, 2);

    private static ValidatableResponse check(String token, String patientId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("patientId", patientId, "dateOfService", DOS.toString()))
                .post("/eligibility-checks").then();
    }

    @Test
    void documentedSessionsWaitForRegistrationThenAreVerifiedOnce() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            for (String session : List.of("s1", "s2")) {
                kafka.publish(CodingEvents.SESSION_DOCUMENTED, tenant, session, new SessionDocumented(session, "p",
                        "r", "pat-7", "payer", DOS, LocalTime.of(9, 0), LocalTime.of(9, 55), null, "IN_PERSON",
                        "OFFICE", "PSYCHOTHERAPY", null, List.of("F41.1"), "note"));
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(token).get("/eligibility-checks?patientId=pat-7").then().statusCode(200)
                            .body("$", hasSize(1)).body("[0].status", equalTo("AWAITING_REGISTRATION"))
                            .body("[0].problemField", equalTo("patientId")));
            // registration of an unknown id cannot happen (ids are ours), so the session's patient id is the
            // EHR's: a check for a registered patient runs from the scheduler
            String patient = Api.register(token, "Queue", "M-ACTIVE", "payer");
            kafka.publish(CodingEvents.SESSION_DOCUMENTED, tenant, "s3", new SessionDocumented("s3", "p", "r",
                    patient, "payer", DOS, LocalTime.of(9, 0), LocalTime.of(9, 55), null, "IN_PERSON", "OFFICE",
                    "PSYCHOTHERAPY", null, List.of("F41.1"), "note"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(token).get("/eligibility-checks?patientId=" + patient).then()
                            .body("$", hasSize(1)).body("[0].status", equalTo("ACTIVE"))
                            .body("[0].serviceTypeAnswered", equalTo("MH"))
                            .body("[0].trigger", equalTo("SESSION_DOCUMENTED")));
            List<EventEnvelope> verified = kafka.events(EligibilityEvents.ELIGIBILITY_VERIFIED_TOPIC, tenant,
                    Duration.ofSeconds(20), l -> !l.isEmpty());
            EligibilityVerified v = verified.get(0).payloadAs(EligibilityEvents.ELIGIBILITY_VERIFIED);
            assertThat(v.patientId()).isEqualTo(patient);
            assertThat(v.active()).isTrue();
            assertThat(v.copay()).isEqualByComparingTo("25");
            assertThat(v.deductibleRemaining()).isEqualByComparingTo("250");
            assertThat(v.priorAuthorizationRequired()).isTrue();
        }
        // the service token minted for background work carries the tenant
        assertThat(GatewayStub.TOKENS).isNotEmpty();
    }

    @Test
    void onDemandCheckFallsBackFromMhToCfRecordsWhichAnsweredAndIsCached() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        String patient = Api.register(token, "Fallback", "M-CF", "payer-cf");
        String id = check(token, patient).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("serviceTypeAnswered", equalTo("CF"))
                .body("exchanges", hasSize(2))
                .body("exchanges[0].serviceType", equalTo("MH"))
                .body("exchanges[0].outcome", equalTo("NEXT_SERVICE_TYPE"))
                .body("exchanges[1].outcome", equalTo("ANSWERED"))
                .body("benefits.copay.inNetwork", equalTo(25))
                .body("benefits.planName", equalTo("SILVER PPO"))
                .body("cached", equalTo(false)).extract().path("id");
        assertThat(GatewayStub.inquiriesFor("M-CF")).containsExactly("MH", "CF");
        check(token, patient).statusCode(200).body("id", equalTo(id)).body("cached", equalTo(true));
        assertThat(GatewayStub.inquiriesFor("M-CF")).hasSize(2);
        // another tenant sees nothing
        given().auth().oauth2(Tokens.mint("other-" + tenant, "desk", "front-desk")).get("/eligibility-checks/" + id)
                .then().statusCode(404);
    }

    @Test
    void aaa42IsRetriedWithBackoffThenVerified() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        String patient = Api.register(token, "Busy", "M-BUSY", "payer-busy");
        String id = check(token, patient).statusCode(200).body("status", equalTo("RETRY_SCHEDULED"))
                .body("aaaCode", equalTo("42")).body("retries", equalTo(1)).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/eligibility-checks/" + id).then()
                        .body("status", equalTo("ACTIVE")).body("exchanges", hasSize(2)));
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            List<EventEnvelope> problems = kafka.events(EligibilityEvents.ELIGIBILITY_PROBLEM_TOPIC, tenant,
                    Duration.ofSeconds(20), l -> !l.isEmpty());
            EligibilityProblem p = problems.get(0).payloadAs(EligibilityEvents.ELIGIBILITY_PROBLEM);
            assertThat(p.aaaCode()).isEqualTo("42");
            assertThat(p.retryable()).isTrue();
            assertThat(kafka.events(EligibilityEvents.ELIGIBILITY_VERIFIED_TOPIC, tenant, Duration.ofSeconds(20),
                    l -> !l.isEmpty())).hasSize(1);
        }
    }

    @Test
    void aaa72OpensAWorkItemNamingTheMemberIdAndIsNeverEligible() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        String patient = Api.register(token, "Wrong", "M-BAD", "payer-bad");
        String id = check(token, patient).statusCode(200).body("status", equalTo("NEEDS_ATTENTION"))
                .body("problemField", equalTo("memberId")).body("aaaCode", equalTo("72")).extract().path("id");
        String item = given().auth().oauth2(token).get("/work-items").then().statusCode(200).body("$", hasSize(1))
                .body("[0].field", equalTo("memberId")).body("[0].checkId", equalTo(id))
                .body("[0].kind", equalTo("FIX_DATA")).extract().path("[0].id");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            EligibilityProblem p = kafka.events(EligibilityEvents.ELIGIBILITY_PROBLEM_TOPIC, tenant,
                    Duration.ofSeconds(20), l -> !l.isEmpty()).get(0).payloadAs(EligibilityEvents.ELIGIBILITY_PROBLEM);
            assertThat(p.field()).isEqualTo("memberId");
            assertThat(p.retryable()).isFalse();
            assertThat(kafka.events(EligibilityEvents.ELIGIBILITY_VERIFIED_TOPIC, tenant, Duration.ofSeconds(2),
                    l -> false)).isEmpty();
        }
        given().auth().oauth2(Tokens.mint(tenant, "aud", "auditor")).contentType(ContentType.JSON)
                .body(Map.of("recheck", true)).post("/work-items/" + item + "/resolve").then().statusCode(403);
        // a repeated trigger reuses the stopped check instead of asking the payer again
        check(token, patient).statusCode(200).body("id", equalTo(id)).body("cached", equalTo(true));
        // fixing the member id re-runs the same check and closes the work item
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("coverages", List.of(Api.coverage("payer-bad", 1, "M-ACTIVE"))))
                .put("/patients/" + patient + "/coverages").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/eligibility-checks/" + id).then()
                        .body("status", equalTo("ACTIVE")).body("problemField", equalTo(null)));
        given().auth().oauth2(token).get("/work-items").then().body("$", hasSize(0));
        given().auth().oauth2(token).get("/work-items?status=RESOLVED").then().body("[0].id", equalTo(item))
                .body("[0].resolvedBy", equalTo("registration change"));
    }

    @Test
    void inactiveCoverageAndUnreachablePayerEndInWorkItems() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        String inactive = Api.register(token, "Lapsed", "M-INACTIVE", "payer-x");
        check(token, inactive).statusCode(200).body("status", equalTo("INACTIVE"))
                .body("benefits.status", equalTo("INACTIVE"));
        String down = Api.register(token, "Down", "M-DOWN", "payer-y");
        String id = check(token, down).statusCode(200).body("status", equalTo("RETRY_SCHEDULED")).extract().path("id");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                given().auth().oauth2(token).get("/eligibility-checks/" + id).then()
                        .body("status", equalTo("FAILED")).body("exchanges", hasSize(4)));
        List<String> kinds = given().auth().oauth2(token).get("/work-items").then().extract().path("kind");
        assertThat(kinds).containsExactlyInAnyOrder("INACTIVE_COVERAGE", "RETRIES_EXHAUSTED");
        String item = given().auth().oauth2(token).get("/work-items?patientId=" + inactive).then()
                .extract().path("[0].id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("recheck", true))
                .post("/work-items/" + item + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("recheck", false))
                .post("/work-items/" + item + "/resolve").then().statusCode(409);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/eligibility-checks?patientId=" + inactive).then()
                        .body("$", hasSize(2)).body("[0].trigger", equalTo("WORK_ITEM"))
                        .body("[0].status", equalTo("INACTIVE")));
    }

    @Test
    void batchQueuesTomorrowsScheduleAndTheRunnerWorksItOff() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        String a = Api.register(token, "Alpha", "M-ACTIVE", "payer-b");
        String b = Api.register(token, "Beta", "M-CF", "payer-b");
        List<String> queued = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("appointments", List.of(Map.of("patientId", a), Map.of("patientId", b),
                        Map.of("patientId", "nobody"))))
                .post("/eligibility-checks/batch").then().statusCode(200)
                .body("dateOfService", equalTo(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString()))
                .body("unknownPatients", equalTo(List.of("nobody"))).extract().path("queued");
        assertThat(queued).hasSize(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/eligibility-checks?status=ACTIVE").then().body("$", hasSize(2)));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("dateOfService", "2026-11-02"))
                .post("/eligibility-checks").then().statusCode(400);
    }
}
