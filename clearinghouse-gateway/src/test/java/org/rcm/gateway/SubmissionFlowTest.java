package org.rcm.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import jakarta.inject.Inject;
import org.rcm.gateway.domain.Submission;
import org.rcm.gateway.messaging.ClaimSubmittedConsumer;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Polls;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

@QuarkusTest
@WithTestResource(InfraResource.class)
@WithTestResource(SandboxProcess.class)
class SubmissionFlowTest {
    @Inject
    ClaimSubmittedConsumer consumer;

    @Test
    void submittedClaimWithoutPartiesIsHeldOnce() {
        String tenant = "tenant-" + UUID.randomUUID();
        LocalDate dos = LocalDate.of(2026, 11, 2);
        BigDecimal charge = new BigDecimal("140.00");
        ClaimSubmitted claim = new ClaimSubmitted("claim-9", "RC9", "ses-9", "p", "r", "pt", "payer", dos, "11", "1",
                null, null, null, null, null, null, null, "18", List.of("F41.1"),
                List.of(new ClaimSubmitted.ClaimLine(1, "RC9-1", "90834", List.of(), 1, charge, List.of(1), dos)),
                charge, List.of());
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            EventEnvelope sent = kafka.publish(ClaimEvents.CLAIM_SUBMITTED, tenant, "claim-9", claim);
            kafka.publish(ClaimEvents.CLAIM_SUBMITTED.topic(), sent);
        }
        String token = Tokens.mint(tenant, "biller", "biller");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/submissions?claimId=claim-9").then().statusCode(200)
                        .body("$", hasSize(1)).body("[0].status", equalTo("HELD_INCOMPLETE"))
                        .body("[0].patientControlNumber", equalTo("RC9")));

        // the claim document is not read when a submission is loaded (status moves of a 999/277CA/835), only when
        // asked for: then it is all there
        RequestMetadata.runAs(tenant, null, null, () -> QuarkusTransaction.requiringNew().run(() -> {
            Submission s = Submission.findByClaim(tenant, "claim-9").orElseThrow();
            assertThat(Hibernate.isPropertyInitialized(s, "claim")).isFalse();
            assertThat(Submission.claimsOf(List.of(s)).get(s.id).patientControlNumber()).isEqualTo("RC9");
            assertThat(s.claim.lines()).hasSize(1);
        }));
    }

    /**
     * One poll of ClaimSubmitted events, applied as a batch whose claims are looked up in one query: each claim is
     * queued once (a repeat of a queued claim and a redelivered event add nothing), and a claim rejected before
     * adjudication that comes back in a later poll is queued again in its own row.
     */
    @Test
    void aPollOfSubmittedClaimsQueuesEachClaimOnce() {
        String tenant = "tenant-" + UUID.randomUUID();
        String p = "P" + Long.toHexString(System.nanoTime()).toUpperCase();
        EventEnvelope a = EventEnvelope.of(ClaimEvents.CLAIM_SUBMITTED, tenant, "poll-a",
                Claims.claim("poll-a", p + "A", "SBX01", "SBXM0001", "90834", "150.00", null), "corr", null);
        EventEnvelope b = EventEnvelope.of(ClaimEvents.CLAIM_SUBMITTED, tenant, "poll-b",
                Claims.claim("poll-b", p + "B", "SBX01", "SBXM0001", "90837", "200.00", null), "corr", null);
        EventEnvelope aAgain = EventEnvelope.of(ClaimEvents.CLAIM_SUBMITTED, tenant, "poll-a",
                Claims.claim("poll-a", p + "A", "SBX01", "SBXM0001", "90834", "150.00", null), "corr", null);

        consumer.consume(Polls.of(ClaimEvents.CLAIM_SUBMITTED.topic(), a, b, aAgain, b));

        RequestMetadata.runAs(tenant, null, null, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Submission.<Submission>list("tenantId = ?1 and claimId = ?2", tenant, "poll-a")).hasSize(1);
            assertThat(Submission.<Submission>list("tenantId = ?1 and claimId = ?2", tenant, "poll-b")).hasSize(1);
            Submission s = Submission.findByClaim(tenant, "poll-a").orElseThrow();
            s.status = "REJECTED";
            s.statusDetail = "277CA A7";
        }));
        EventEnvelope fixed = EventEnvelope.of(ClaimEvents.CLAIM_SUBMITTED, tenant, "poll-a",
                Claims.claim("poll-a", p + "A", "SBX01", "SBXM0001", "90834", "160.00", null), "corr", null);
        EventEnvelope c = EventEnvelope.of(ClaimEvents.CLAIM_SUBMITTED, tenant, "poll-c",
                Claims.claim("poll-c", p + "C", "SBX01", "SBXM0001", "90834", "150.00", null), "corr", null);

        consumer.consume(Polls.of(ClaimEvents.CLAIM_SUBMITTED.topic(), fixed, c));

        RequestMetadata.runAs(tenant, null, null, () -> QuarkusTransaction.requiringNew().run(() -> {
            List<Submission> again = Submission.list("tenantId = ?1 and claimId = ?2", tenant, "poll-a");
            assertThat(again).hasSize(1);
            assertThat(again.get(0).status).isNotEqualTo("REJECTED");
            assertThat(again.get(0).totalCharge).isEqualByComparingTo("160.00");
            assertThat(Submission.<Submission>list("tenantId = ?1 and claimId = ?2", tenant, "poll-c")).hasSize(1);
        }));
    }

    @Test
    void aClaimTheWriterRefusesIsHeldAndTheOthersAreBatched() {
        String tenant = "tenant-" + UUID.randomUUID();
        String p = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // a segment terminator inside a value: the 837P writer refuses the claim, alone
        EndToEndTest.publish(tenant, Claims.claim("bad-1", p + "A", "SBX01", "SBXM~0001", "90834", "150.00", null),
                Claims.claim("good-1", p + "B", "SBX01", "SBXM0001", "90834", "150.00", null));
        String token = Tokens.mint(tenant, "biller", "biller");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().auth().oauth2(token).get("/submissions?claimId=bad-1").then().statusCode(200)
                    .body("[0].status", equalTo("HELD_INVALID"));
            given().auth().oauth2(token).get("/submissions?claimId=good-1").then().statusCode(200)
                    .body("[0].status", oneOf("BATCHED", "ACKNOWLEDGED", "ACCEPTED", "REMITTED"));
        });
    }
}
