package org.rcm.claim;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.denial.ClaimCorrectionRequested;
import org.rcm.platform.events.denial.DenialEvents;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.ClaimAccepted;
import org.rcm.platform.events.gateway.ClaimAcknowledged;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.events.remittance.SecondaryClaimRequested;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** CodesAssigned → submitted → 999 → 277CA → denied → corrected (7 + REF*F8); a primary 835 → secondary claim. */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ClaimLifecycleTest {

    static ClaimSubmitted awaitSubmitted(KafkaTestClient kafka, String tenant, int count) {
        List<EventEnvelope> submitted = kafka.events(Topics.CLAIM_SUBMITTED, tenant, Duration.ofSeconds(40),
                found -> found.size() >= count);
        assertThat(submitted).hasSize(count);
        return submitted.get(count - 1).payloadAs(ClaimEvents.CLAIM_SUBMITTED);
    }

    static void awaitStatus(TenantSetup t, String claimId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(t.token).get("/claims/" + claimId)
                .then().extract().jsonPath().getString("status"), status::equals);
    }

    @Test
    void deniedClaimIsReplacedWithFrequency7AndRefF8() {
        TenantSetup t = new TenantSetup().all();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(EligibilityEvents.PATIENT_REGISTERED, t.tenant, "pat-3", TenantSetup.patient("pat-3", false));
            kafka.publish(CodingEvents.CODES_ASSIGNED, t.tenant, "ses-3", TenantSetup.codes("ses-3", "pat-3", "90837"));
            ClaimSubmitted original = awaitSubmitted(kafka, t.tenant, 1);
            String id = original.claimId();

            kafka.publish(GatewayEvents.CLAIM_ACKNOWLEDGED, t.tenant, id, new ClaimAcknowledged(id,
                    original.patientControlNumber(), "batch-1", "000000101", true, List.of()));
            awaitStatus(t, id, "ACKNOWLEDGED");
            // illegal by hand: an acknowledged claim cannot be closed
            given().auth().oauth2(t.token).contentType(ContentType.JSON).body("{\"status\":\"CLOSED\"}")
                    .post("/claims/" + id + "/status").then().statusCode(409);
            given().auth().oauth2(t.token).contentType(ContentType.JSON).body("{\"status\":\"PAID\"}")
                    .post("/claims/" + id + "/status").then().statusCode(400).body("errors[0].field", equalTo("status"));
            kafka.publish(GatewayEvents.CLAIM_ACCEPTED, t.tenant, id, new ClaimAccepted(id,
                    original.patientControlNumber(), "ICN-555", "A2", "20"));
            awaitStatus(t, id, "ACCEPTED");
            kafka.publish(RemittanceEvents.CLAIM_DENIED, t.tenant, id, new ClaimDenied(id, "pay-1", "payer-1",
                    "ICN-555", "4", true, new BigDecimal("180.00"), BigDecimal.ZERO, new BigDecimal("180.00"),
                    List.of(new Adjustment("CO", "197", new BigDecimal("180.00"), null)), List.of("N54"), List.of()));
            awaitStatus(t, id, "DENIED");

            kafka.publish(DenialEvents.CLAIM_CORRECTION_REQUESTED, t.tenant, id, new ClaimCorrectionRequested(id,
                    "wi-1", "REPLACE", null, "add authorization", "billie", List.of(), "AUTH-9"));
            ClaimSubmitted corrected = awaitSubmitted(kafka, t.tenant, 2);
            assertThat(corrected.claimId()).isNotEqualTo(id);
            assertThat(corrected.frequencyCode()).isEqualTo("7");
            assertThat(corrected.payerClaimControlNumber()).isEqualTo("ICN-555");
            assertThat(corrected.priorAuthorization()).isEqualTo("AUTH-9");
            assertThat(corrected.patientControlNumber()).isNotEqualTo(original.patientControlNumber());
            assertThat(corrected.lines()).extracting(ClaimSubmitted.ClaimLine::code).containsExactly("90837");
            given().auth().oauth2(t.token).get("/claims/" + id).then()
                    .body("status", equalTo("CORRECTED"))
                    .body("history[-1].reason", containsString(corrected.patientControlNumber()))
                    .body("relatedClaims[0].relation", equalTo("REPLACEMENT"));
            given().auth().oauth2(t.token).get("/claims/" + corrected.claimId()).then()
                    .body("status", equalTo("SUBMITTED")).body("replacesControlNumber", equalTo("ICN-555"))
                    .body("relatedClaimId", equalTo(id));
        }
    }

    @Test
    void primaryRemittanceBuildsTheSecondaryClaimAndTheStatement() {
        TenantSetup t = new TenantSetup().all();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(EligibilityEvents.PATIENT_REGISTERED, t.tenant, "pat-4", TenantSetup.patient("pat-4", true));
            kafka.publish(CodingEvents.CODES_ASSIGNED, t.tenant, "ses-4", TenantSetup.codes("ses-4", "pat-4", "90834"));
            ClaimSubmitted primary = awaitSubmitted(kafka, t.tenant, 1);
            assertThat(primary.payer().payerId()).isEqualTo("payer-1");
            String id = primary.claimId();
            String lcn = primary.lines().get(0).lineControlNumber();

            var pr2 = new Adjustment("PR", "2", new BigDecimal("20.00"), null);
            var co45 = new Adjustment("CO", "45", new BigDecimal("20.00"), null);
            kafka.publish(RemittanceEvents.PAYMENT_POSTED, t.tenant, id, new PaymentPosted(id, "pay-2", "era-1",
                    "payer-1", "PAID", new BigDecimal("140.00"), new BigDecimal("100.00"), new BigDecimal("20.00"),
                    new BigDecimal("20.00"), BigDecimal.ZERO, new BigDecimal("20.00"), BigDecimal.ZERO, "ICN-PRI"));
            awaitStatus(t, id, "PAID");
            // the patient's share by kind came with the posting (CAS PR-2 of the 835), and the payer's claim number
            given().auth().oauth2(t.token).accept(ContentType.JSON).get("/patients/pat-4/statement").then()
                    .statusCode(200).body("items[0].claimId", equalTo(id)).body("items[0].coinsurance", equalTo(20.0f))
                    .body("items[0].deductible", equalTo(0.0f));
            given().auth().oauth2(t.token).get("/claims/" + id).then().body("payerClaimControlNumber",
                    equalTo("ICN-PRI"));
            // the 277CA travels on another topic and may arrive after the 835: it must not undo the payment
            kafka.publish(GatewayEvents.CLAIM_ACCEPTED, t.tenant, id, new ClaimAccepted(id,
                    primary.patientControlNumber(), "ICN-LATE", "A2", "20"));
            await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(t.token).get("/claims/" + id)
                    .then().extract().jsonPath().getString("payerClaimControlNumber"), "ICN-LATE"::equals);
            given().auth().oauth2(t.token).get("/claims/" + id).then().body("status", equalTo("PAID"));
            kafka.publish(RemittanceEvents.SECONDARY_CLAIM_REQUESTED, t.tenant, id, new SecondaryClaimRequested(id,
                    "pay-2", "payer-1", "ICN-PRI", new BigDecimal("100.00"), TenantSetup.DOS.plusDays(20), List.of(),
                    List.of(new RemittanceReceived.ServiceLine("90834", List.of(), new BigDecimal("140.00"),
                            new BigDecimal("100.00"), 1, lcn, TenantSetup.DOS, List.of(co45, pr2), List.of()))));

            ClaimSubmitted secondary = awaitSubmitted(kafka, t.tenant, 2);
            assertThat(secondary.claimId()).isNotEqualTo(id);
            assertThat(secondary.frequencyCode()).isEqualTo("1");
            assertThat(secondary.payer().payerId()).isEqualTo("payer-2");
            assertThat(secondary.payer().responsibility()).isEqualTo("S");
            assertThat(secondary.subscriber().memberId()).isEqualTo("S200");
            assertThat(secondary.patientRelationship()).isEqualTo("01");
            assertThat(secondary.patient().lastName()).isEqualTo("Doe");
            assertThat(secondary.otherPayers()).hasSize(1);
            ClaimSubmitted.OtherPayer op = secondary.otherPayers().get(0);
            assertThat(op.payer().payerId()).isEqualTo("payer-1");
            assertThat(op.payer().responsibility()).isEqualTo("P");
            assertThat(op.paidAmount()).isEqualByComparingTo("100.00");
            assertThat(op.payerClaimControlNumber()).isEqualTo("ICN-PRI");
            assertThat(op.adjudicationDate()).isEqualTo(TenantSetup.DOS.plusDays(20));
            assertThat(op.subscriber().memberId()).isEqualTo("M100");
            assertThat(op.lines()).hasSize(1);
            assertThat(op.lines().get(0).lineNumber()).isEqualTo(1);
            assertThat(op.lines().get(0).paidAmount()).isEqualByComparingTo("100.00");
            assertThat(op.lines().get(0).adjustments()).extracting(ClaimSubmitted.OtherAdjustment::group)
                    .containsExactly("CO", "PR");

            // the secondary pays 15 of the 20 coinsurance: the patient owes 5 (the primary's 20 is not counted twice)
            kafka.publish(RemittanceEvents.PAYMENT_POSTED, t.tenant, secondary.claimId(), new PaymentPosted(
                    secondary.claimId(), "pay-3", "era-2", "payer-2", "PAID", new BigDecimal("140.00"),
                    new BigDecimal("15.00"), new BigDecimal("5.00"), BigDecimal.ZERO));
            awaitStatus(t, secondary.claimId(), "PAID");
            given().auth().oauth2(t.token).accept(ContentType.JSON).get("/patients/pat-4/statement").then()
                    .statusCode(200).body("items.size()", equalTo(1))
                    .body("items[0].claimId", equalTo(secondary.claimId()))
                    .body("items[0].insurancePaid", equalTo(115.0f))
                    .body("totalDue", equalTo(5.0f));
            String html = given().auth().oauth2(t.token).accept(ContentType.HTML).get("/patients/pat-4/statement")
                    .then().statusCode(200).extract().asString();
            assertThat(html).contains("Patient statement", "Calm Waters Counseling", secondary.patientControlNumber(),
                    "5.00");
            // the primary's coinsurance breakdown came from the 835
            given().auth().oauth2(t.token).get("/claims/" + id).then().body("relatedClaims[0].relation",
                    equalTo("SECONDARY"));
        }
    }
}
