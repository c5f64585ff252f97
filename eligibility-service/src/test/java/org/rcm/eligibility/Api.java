package org.rcm.eligibility;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small REST helpers shared by the flow tests. */
final class Api {
    private Api() {
    }

    static Map<String, Object> coverage(String payer, int order, String memberId) {
        return Map.of("payerId", payer, "payerName", "SIM PAYER", "order", order, "memberId", memberId,
                "groupNumber", "G1", "relationship", "18", "effectiveFrom", "2026-01-01");
    }

    static Map<String, Object> patient(String last, String first, String dob) {
        return Map.of("practiceId", "prac-1", "lastName", last, "firstName", first, "dateOfBirth", dob,
                "gender", "F", "consentToBill", true);
    }

    /** Registers a patient with one self coverage and returns its id. */
    static String register(String token, String last, String memberId, String payer) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("patient", patient(last, "Ann", "1985-04-02"),
                        "coverages", List.of(coverage(payer, 1, memberId))))
                .post("/patients").then().statusCode(201).extract().path("id");
    }
}
