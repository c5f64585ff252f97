package org.rcm.coding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(InfraResource.class)
class SessionApiTest {
    static final String SESSION = """
            {"practiceId":"prac-1","renderingProviderId":"prov-1","patientId":"pat-1","payerId":"payer-1",
             "dateOfService":"2026-11-02","startTime":"13:05","endTime":"14:00","modality":"VIDEO",
             "patientLocation":"HOME","serviceType":"PSYCHOTHERAPY","diagnoses":["F41.1"],
             "narrative":"Video session, CBT for anxiety."}
            """;

    @Test
    void documentedSessionIsCodedAndCodesAssignedGoesOut() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "coder1", "coder");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(SESSION)
                .post("/sessions").then().statusCode(201).header("Location", notNullValue())
                .extract().path("id");

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            List<EventEnvelope> events = kafka.events(Topics.CODES_ASSIGNED, tenant, Duration.ofSeconds(30),
                    found -> !found.isEmpty());
            assertThat(events).hasSize(1);
            CodesAssigned codes = events.get(0).payloadAs(CodingEvents.CODES_ASSIGNED);
            assertThat(codes.sessionId()).isEqualTo(id);
            assertThat(codes.placeOfService()).isEqualTo("10");
            assertThat(codes.lines()).extracting(CodesAssigned.CodedLine::code).containsExactly("90837");
            assertThat(codes.lines().get(0).modifiers()).containsExactly("95");
            assertThat(events.get(0).aggregateId()).isEqualTo(id);
        }
        given().auth().oauth2(token).get("/sessions/" + id).then().statusCode(200)
                .body("status", equalTo("CODED"))
                .body("codes.lines.code", hasItem("90837"));
    }

    @Test
    void invalidSessionIsAProblemNamingTheField() {
        String token = Tokens.mint("tenant-v", "coder1", "coder");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(SESSION.replace("\"F41.1\"", "\"not-a-code\"").replace("\"patientId\":\"pat-1\",", ""))
                .post("/sessions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("patientId"))
                .body("errors.field", hasItem("diagnoses[0]"))
                .body("correlationId", notNullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(SESSION.replace("\"VIDEO\"", "\"HOLOGRAM\""))
                .post("/sessions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("modality"));
    }

    @Test
    void anotherTenantsSessionIsNotFoundAndNoTokenIsRefused() {
        String id = given().auth().oauth2(Tokens.mint("tenant-a", "u", "coder")).contentType(ContentType.JSON)
                .body(SESSION).post("/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.mint("tenant-b", "u", "coder")).get("/sessions/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/sessions/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.mint("tenant-a", "u", "auditor")).contentType(ContentType.JSON).body(SESSION)
                .post("/sessions").then().statusCode(403);
    }

    @Test
    void aBatchIsDocumentedWholeOrNotAtAllAndAFaultNamesTheSessionAndField() {
        String tenant = "tenant-" + UUID.randomUUID();
        String token = Tokens.mint(tenant, "coder1", "coder");
        String inPerson = SESSION.replace("\"VIDEO\"", "\"IN_PERSON\"").replace("\"HOME\"", "\"OFFICE\"")
                .replace("\"13:05\",\"endTime\":\"14:00\"", "\"13:00\",\"endTime\":\"13:45\"");
        // a bad session in the middle: nothing of the batch is stored, and the problem names it
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"sessions\":[" + SESSION + "," + SESSION.replace("\"patientId\":\"pat-1\",", "") + ","
                        + SESSION.replace("\"endTime\":\"14:00\"", "\"endTime\":\"12:00\"") + "]}")
                .post("/sessions/batch").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sessions[1].patientId"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"sessions\":[" + SESSION + "," + SESSION.replace("\"endTime\":\"14:00\"",
                        "\"endTime\":\"12:00\"") + "]}")
                .post("/sessions/batch").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sessions[1].endTime"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"sessions\":[]}")
                .post("/sessions/batch").then().statusCode(400).body("errors.field", hasItem("sessions"));

        List<String> ids = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", "batch-" + tenant)
                .body("{\"sessions\":[" + SESSION + "," + inPerson + "]}")
                .post("/sessions/batch").then().statusCode(201).body("count", equalTo(2))
                .body("sessions.status", everyItem(equalTo("CODED")))
                .extract().path("sessions.id");
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        // the same key again replays the answer: no third session
        List<String> replayed = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", "batch-" + tenant)
                .body("{\"sessions\":[" + SESSION + "," + inPerson + "]}")
                .post("/sessions/batch").then().statusCode(201).extract().path("sessions.id");
        assertThat(replayed).isEqualTo(ids);

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            // read until a third would have arrived: exactly the two documented sessions were coded
            List<EventEnvelope> events = kafka.events(Topics.CODES_ASSIGNED, tenant, Duration.ofSeconds(15),
                    found -> found.size() >= 3);
            assertThat(events).extracting(EventEnvelope::aggregateId).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(events).extracting(e -> e.payloadAs(CodingEvents.CODES_ASSIGNED).lines().get(0).code())
                    .containsExactlyInAnyOrder("90837", "90834");
        }
    }
}
