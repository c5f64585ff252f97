package org.rcm.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The REST X12 API over HTTP: idempotency, outbox, real-time 270/271. */
@QuarkusTest
class RestApiTest {

    @Test
    void submissionIsIdempotentByKeyAndAnswersLandInTheOutbox() {
        String key = "k-" + System.nanoTime();
        byte[] file = ClearinghouseTest.interchange(System.nanoTime() % 900_000_000L + 1,
                ClearinghouseTest.claim("API" + System.nanoTime() % 100000, "SBXM0001", "90834", "150", null, "11",
                        List.of()));
        given().contentType("application/edi-x12").body(file).post("/x12/submissions").then().statusCode(400);
        String ack = given().contentType("application/edi-x12").header("Idempotency-Key", key).body(file)
                .post("/x12/submissions").then().statusCode(200).body(containsString("ST*999*"))
                .extract().asString();
        given().contentType("application/edi-x12").header("Idempotency-Key", key).body(file)
                .post("/x12/submissions").then().statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                .body(equalTo(ack));
        byte[] other = new String(file, StandardCharsets.US_ASCII).replace("*150*", "*151*")
                .getBytes(StandardCharsets.US_ASCII);
        given().contentType("application/edi-x12").header("Idempotency-Key", key).body(other)
                .post("/x12/submissions").then().statusCode(422);

        List<String> names = given().get("/x12/outbox").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(names).anyMatch(n -> n.endsWith(".277")).anyMatch(n -> n.endsWith(".835"));
        String era = names.stream().filter(n -> n.endsWith(".835")).findFirst().orElseThrow();
        given().get("/x12/outbox/" + era).then().statusCode(200).body(containsString("CLP*"));
        given().post("/x12/outbox/" + era + "/ack").then().statusCode(204);
        given().get("/x12/outbox/" + era).then().statusCode(404);
    }
}
