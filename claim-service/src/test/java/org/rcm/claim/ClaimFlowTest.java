package org.rcm.claim;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;
import org.rcm.claim.domain.Claim;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.Topics;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimStatusChanged;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.claim.PayerProfileChanged;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.eligibility.AuthorizationUpdated;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(InfraResource.class)
class ClaimFlowTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void jsonColumnsAreValuesSoALoadDoesNotCopyThemThroughJson() {
        // Hibernate's default for a JSON column copies every loaded value by writing and re-reading it; ours are
        // records and lists that code replaces, never changes in place (@Mutability(Immutability.class))
        EntityPersister claims = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(Claim.class);
        for (String json : List.of("diagnoses", "lines", "billingProvider", "renderingProvider", "payer", "subscriber",
                "patient", "payToAddress", "supervisingProvider", "otherPayers", "edits")) {
            assertThat(claims.findAttributeMapping(json).getAttributeMetadata().getMutabilityPlan().isMutable())
                    .as(json).isFalse();
        }
        assertThat(claims.findAttributeMapping("status").getAttributeMetadata().getMutabilityPlan().isMutable())
                .isFalse();
    }

    @Test
    void codesAssignedBecomesASubmittedClaimWithPartiesFromSetupAndCoverage() {
        TenantSetup t = new TenantSetup().all();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(EligibilityEvents.PATIENT_REGISTERED, t.tenant, "pat-1", TenantSetup.patient("pat-1", false));
            EventEnvelope sent = kafka.publish(CodingEvents.CODES_ASSIGNED, t.tenant, "ses-1",
                    TenantSetup.codes("ses-1", "pat-1", "90834"));
            kafka.publish(CodingEvents.CODES_ASSIGNED.topic(), sent);   // redelivery
            List<EventEnvelope> submitted = kafka.events(Topics.CLAIM_SUBMITTED, t.tenant, Duration.ofSeconds(30),
                    found -> !found.isEmpty());
            assertThat(submitted).hasSize(1);
            ClaimSubmitted claim = submitted.get(0).payloadAs(ClaimEvents.CLAIM_SUBMITTED);
            assertThat(claim.frequencyCode()).isEqualTo("1");
            assertThat(claim.totalCharge()).isEqualByComparingTo("140.00");
            assertThat(claim.lines()).extracting(ClaimSubmitted.ClaimLine::lineControlNumber)
                    .containsExactly(claim.patientControlNumber() + "-1");
            assertThat(claim.billingProvider().npi()).isEqualTo("1234567893");
            assertThat(claim.billingProvider().taxId()).isEqualTo("271234567");
            assertThat(claim.renderingProvider().lastName()).isEqualTo("Rivera");
            assertThat(claim.payer().clearinghousePayerId()).isNotBlank();
            assertThat(claim.payer().responsibility()).isEqualTo("P");
            assertThat(claim.subscriber().memberId()).isEqualTo("M100");
            assertThat(claim.patientRelationship()).isEqualTo("18");
            assertThat(claim.otherPayers()).isEmpty();
            assertThat(claim.billingContactPhone()).isEqualTo("2175550100");
            assertThat(claim.billingTaxIdType()).isEqualTo("EIN");
            assertThat(claim.payToAddress().line1()).isEqualTo("PO Box 77");
            assertThat(claim.supervisingProvider().npi()).isEqualTo("1245319599");

            given().auth().oauth2(t.token).get("/claims/" + claim.claimId()).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("history.to", hasItems("DRAFT", "SCRUBBED", "READY", "SUBMITTED"))
                    .body("history[-1].to", equalTo("SUBMITTED"));
            given().auth().oauth2(t.token).get("/claims?sessionId=ses-1").then().statusCode(200).body("size()", equalTo(1));
            given().auth().oauth2(t.token).get("/claims?status=SUBMITTED&payerId=payer-1&patientId=pat-1&from="
                    + TenantSetup.DOS + "&to=" + TenantSetup.DOS).then().statusCode(200).body("size()", equalTo(1));
            given().auth().oauth2(t.token).get("/claims?status=HELD").then().statusCode(200).body("size()", equalTo(0));
            given().auth().oauth2(Tokens.mint("other-tenant", "biller", "biller"))
                    .get("/claims/" + claim.claimId()).then().statusCode(404);

            List<EventEnvelope> changes = kafka.events(ClaimEvents.CLAIM_STATUS_CHANGED_TOPIC, t.tenant,
                    Duration.ofSeconds(20), found -> found.stream().anyMatch(e -> "SUBMITTED".equals(
                            e.payloadAs(ClaimEvents.CLAIM_STATUS_CHANGED).toStatus())));
            // one event per transaction: the build's moves (history above) leave as one event from nothing via DRAFT
            // (and SCRUBBED, READY when the claim went straight out); a claim held until its registration arrived
            // has a second event from HELD; the events chain (each starts where the one before ended)
            List<ClaimStatusChanged> ofClaim = changes.stream().map(e -> e.payloadAs(ClaimEvents.CLAIM_STATUS_CHANGED))
                    .filter(c -> c.claimId().equals(claim.claimId())).toList();
            assertThat(ofClaim).hasSizeBetween(1, 2);
            assertThat(ofClaim.get(0).fromStatus()).isNull();
            assertThat(ofClaim.get(0).via()).startsWith("DRAFT");
            for (int i = 1; i < ofClaim.size(); i++) {
                assertThat(ofClaim.get(i).fromStatus()).isEqualTo(ofClaim.get(i - 1).toStatus());
            }
            ClaimStatusChanged last = ofClaim.get(ofClaim.size() - 1);
            assertThat(last.toStatus()).isEqualTo("SUBMITTED");
            assertThat(last.via()).endsWith("SCRUBBED", "READY");
        }
    }

    @Test
    void missingSetupHoldsTheClaimWithEditsUntilFixedAndResubmitted() {
        TenantSetup t = new TenantSetup();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(EligibilityEvents.PATIENT_REGISTERED, t.tenant, "pat-2", TenantSetup.patient("pat-2", false));
            kafka.publish(CodingEvents.CODES_ASSIGNED, t.tenant, "ses-2", TenantSetup.codes("ses-2", "pat-2", "90837"));
            String id = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(t.token)
                    .get("/claims?sessionId=ses-2&status=HELD").then().extract().jsonPath().getString("[0].id"),
                    v -> v != null);
            given().auth().oauth2(t.token).get("/claims/" + id).then().statusCode(200)
                    .body("edits.id", hasItems("REQ-BILLING", "REQ-RENDERING", "REQ-PAYER", "CHARGE-ZERO"))
                    .body("edits.find { it.id == 'REQ-BILLING' }.severity", equalTo("BLOCK"))
                    .body("edits.find { it.id == 'REQ-BILLING' }.path", equalTo("billingProvider"));
            // still incomplete: the resubmitted claim stays HELD with the remaining edits
            t.practiceAndProvider();
            given().auth().oauth2(t.token).post("/claims/" + id + "/resubmit").then().statusCode(200)
                    .body("status", equalTo("HELD")).body("edits.id", hasItem("REQ-PAYER"));
            // the payer requires prior auth for 90837: held until the authorization arrives
            t.payer("payer-1", "\"90837\"").fees();
            // setup changes re-scrub held claims by themselves (and price the lines that had no fee)
            given().auth().oauth2(t.token).get("/claims/" + id).then()
                    .body("status", equalTo("HELD")).body("edits.id", contains("AUTH-MISSING"))
                    .body("totalCharge", equalTo(180.0f));
            given().auth().oauth2(t.token).post("/claims/" + id + "/resubmit").then().statusCode(200)
                    .body("status", equalTo("HELD")).body("edits.id", contains("AUTH-MISSING"));
            kafka.publish(EligibilityEvents.AUTHORIZATION_UPDATED, t.tenant, "pat-2", new AuthorizationUpdated("auth-1",
                    "pat-2", "payer-1", "AUTH-777", List.of("90837"), 12, 3, TenantSetup.DOS.minusDays(30),
                    TenantSetup.DOS.plusDays(60), "ACTIVE"));
            List<EventEnvelope> submitted = kafka.events(Topics.CLAIM_SUBMITTED, t.tenant, Duration.ofSeconds(30),
                    found -> !found.isEmpty());
            ClaimSubmitted claim = submitted.get(0).payloadAs(ClaimEvents.CLAIM_SUBMITTED);
            assertThat(claim.claimId()).isEqualTo(id);
            assertThat(claim.priorAuthorization()).isEqualTo("AUTH-777");
            assertThat(claim.totalCharge()).isEqualByComparingTo("180.00");
            given().auth().oauth2(t.token).get("/claims/" + id).then()
                    .body("status", equalTo("SUBMITTED"))
                    .body("history.to", contains("DRAFT", "HELD", "SCRUBBED", "READY", "SUBMITTED"));
            given().auth().oauth2(t.token).post("/claims/" + id + "/resubmit").then().statusCode(409);

            List<EventEnvelope> profiles = kafka.events(ClaimEvents.PAYER_PROFILE_CHANGED_TOPIC, t.tenant,
                    Duration.ofSeconds(20), found -> !found.isEmpty());
            PayerProfileChanged last = profiles.get(profiles.size() - 1).payloadAs(ClaimEvents.PAYER_PROFILE_CHANGED);
            assertThat(last.priorAuthRequiredCodes()).containsExactly("90837");
            assertThat(last.timelyFilingDays()).isEqualTo(90);
        }
    }

    @Test
    void billingSetupIsValidatedAuditedAndTenantScoped() {
        TenantSetup t = new TenantSetup().practiceAndProvider();
        given().auth().oauth2(t.token).contentType(ContentType.JSON).body("""
                {"name":"X","npi":"1234567890","taxId":"271234567","taxonomy":"103T00000X",
                 "address":{"line1":"1 Main","city":"Town","state":"IL","postalCode":"62701"}}""")
                .put("/setup/practices/bad").then().statusCode(400)
                .body("errors[0].field", equalTo("npi"));
        given().auth().oauth2(t.token).contentType(ContentType.JSON).body("""
                {"name":"X","npi":"1234567893","taxId":"271234567","taxonomy":"103T00000Y",
                 "address":{"line1":"1 Main","city":"Town","state":"IL","postalCode":"62701"}}""")
                .put("/setup/practices/bad").then().statusCode(400);
        given().auth().oauth2(Tokens.mint(t.tenant, "coder", "coder")).contentType(ContentType.JSON)
                .body("[{\"code\":\"90834\",\"charge\":1}]").put("/setup/fees").then().statusCode(403);
        t.practiceAndProvider();
        given().auth().oauth2(t.token).get("/setup/audit?entity=practice&entityId=prac").then().statusCode(200)
                .body("action", contains("UPDATED", "CREATED")).body("actor", hasItem("billie"))
                .body("[0].snapshot.npi", equalTo("1234567893"));
        given().auth().oauth2(t.token).get("/setup/practices/prac").then().statusCode(200)
                .body("createdBy", equalTo("billie")).body("updatedBy", equalTo("billie"));
        given().auth().oauth2(Tokens.mint("another", "b", "biller")).get("/setup/practices/prac").then().statusCode(404);
        given().auth().oauth2(t.token).get("/q/openapi").then().statusCode(200).body(startsWith("---"));
    }
}
