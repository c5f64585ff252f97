package org.rcm.eligibility;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.eligibility.CoverageChanged;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.eligibility.PatientRegistered;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@WithTestResource(InfraResource.class)
@WithTestResource(GatewayStub.class)
class PatientRegistrationTest {

    private static Map<String, Object> dependentCoverage(String payer, int order, String memberId) {
        Map<String, Object> c = new HashMap<>(Api.coverage(payer, order, memberId));
        c.put("relationship", "19");
        c.put("subscriber", Map.of("lastName", "Rivera", "firstName", "Luis", "dateOfBirth", "1970-02-03",
                "gender", "M"));
        return c;
    }

    @Test
    void registersWithOrderedCoveragesDetectsDuplicatesAndAnnouncesChanges() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "desk", "front-desk");
        Map<String, Object> registration = Map.of("patient", Api.patient("Rivera", "Sofía", "2012-05-06"),
                "coverages", List.of(Api.coverage("payer-b", 2, "B-77"), dependentCoverage("payer-a", 1, "A-55")));
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(registration).post("/patients")
                .then().statusCode(201)
                .body("coverages", hasSize(2)).body("coverages[0].payerId", equalTo("payer-a"))
                .body("coverages[0].subscriber.lastName", equalTo("Rivera"))
                .body("coverages[1].order", equalTo(2)).extract().path("id");

        // same name (other spelling), date of birth and a shared member id: a duplicate
        Map<String, Object> again = Map.of("patient", Api.patient("RIVERA", "Sofia", "2012-05-06"),
                "coverages", List.of(Api.coverage("payer-b", 1, "B-77")));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(again).post("/patients").then()
                .statusCode(409).body("detail", containsString(id)).body("detail", not(containsString("B-77")));
        // same name and birth date but another member id: a different person
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("patient", Api.patient("Rivera", "Sofia", "2012-05-06"),
                        "coverages", List.of(Api.coverage("payer-c", 1, "C-1"))))
                .post("/patients").then().statusCode(201);

        // a dependent without a subscriber is refused, naming the field, without echoing values
        Map<String, Object> noSubscriber = new HashMap<>(Api.coverage("payer-a", 1, "SECRET-ID"));
        noSubscriber.put("relationship", "19");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("coverages", List.of(noSubscriber))).put("/patients/" + id + "/coverages").then()
                .statusCode(400).body("errors[0].field", equalTo("coverages[0].subscriber"))
                .body(not(containsString("SECRET-ID")));

        // secondary dropped: CoverageChanged carries the full new list
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("coverages", List.of(dependentCoverage("payer-a", 1, "A-55"))))
                .put("/patients/" + id + "/coverages").then().statusCode(200).body("$", hasSize(1));
        given().auth().oauth2(Tokens.mint(tenant, "aud", "auditor")).contentType(ContentType.JSON)
                .body(Map.of("coverages", List.of())).put("/patients/" + id + "/coverages").then().statusCode(403);
        given().auth().oauth2(Tokens.mint("other-" + tenant, "desk", "front-desk")).get("/patients/" + id).then()
                .statusCode(404);
        given().auth().oauth2(token).get("/patients?lastName=rivera&firstName=SOFIA&dateOfBirth=2012-05-06").then()
                .statusCode(200).body("$", hasSize(2));

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            List<EventEnvelope> registered = kafka.events(EligibilityEvents.PATIENT_REGISTERED_TOPIC, tenant,
                    Duration.ofSeconds(20), l -> l.size() >= 2);
            PatientRegistered p = registered.stream().filter(e -> id.equals(e.aggregateId())).findFirst().orElseThrow()
                    .payloadAs(EligibilityEvents.PATIENT_REGISTERED);
            assertThat(p.coverages()).extracting(c -> c.payerId()).containsExactly("payer-a", "payer-b");
            assertThat(p.demographics().memberId()).isEqualTo("A-55");
            assertThat(p.consentToBill()).isTrue();
            List<EventEnvelope> changed = kafka.events(EligibilityEvents.COVERAGE_CHANGED_TOPIC, tenant,
                    Duration.ofSeconds(20), l -> l.stream().filter(e -> id.equals(e.aggregateId())).count() >= 2);
            List<CoverageChanged> mine = changed.stream().filter(e -> id.equals(e.aggregateId()))
                    .map(e -> e.payloadAs(EligibilityEvents.COVERAGE_CHANGED)).toList();
            assertThat(mine.get(0).coverages()).hasSize(2);
            CoverageChanged last = mine.get(mine.size() - 1);
            assertThat(last.coverages()).hasSize(1);
            assertThat(last.coverages().get(0).relationship()).isEqualTo("19");
            assertThat(last.coverages().get(0).subscriber().firstName()).isEqualTo("Luis");
            // the coverage kept its id across the change
            assertThat(last.coverages().get(0).coverageId()).isEqualTo(mine.get(0).coverages().get(0).coverageId());
        }
    }
}
