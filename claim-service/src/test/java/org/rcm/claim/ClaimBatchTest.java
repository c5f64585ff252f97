package org.rcm.claim;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.rcm.claim.domain.Claim;
import org.junit.jupiter.api.Test;
import org.rcm.claim.messaging.ClaimConsumers;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventType;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.gateway.ClaimAccepted;
import org.rcm.platform.events.gateway.ClaimAcknowledged;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.platform.testsupport.InfraResource;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Polls;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll of acknowledgements, acceptances and payments for several claims, applied as one batch whose claims are
 * loaded in one query and written together at the end: every claim ends where its events lead, each move is in its
 * history once and in order, a redelivery inside the poll changes nothing, and one claim's two moves in the same
 * poll both apply (the second sees the first).
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ClaimBatchTest {
    @Inject
    ClaimConsumers consumers;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPollOfAcknowledgementsAcceptancesAndPaymentsMovesEachClaimOnceInOrder() {
        TenantSetup t = new TenantSetup().all();
        ClaimSubmitted first;
        ClaimSubmitted second;
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.publish(EligibilityEvents.PATIENT_REGISTERED, t.tenant, "pat-b1",
                    TenantSetup.patient("pat-b1", false));
            kafka.publish(CodingEvents.CODES_ASSIGNED, t.tenant, "ses-b1",
                    TenantSetup.codes("ses-b1", "pat-b1", "90837"));
            first = ClaimLifecycleTest.awaitSubmitted(kafka, t.tenant, 1);
            kafka.publish(CodingEvents.CODES_ASSIGNED, t.tenant, "ses-b2",
                    TenantSetup.codes("ses-b2", "pat-b1", "90834"));
            second = ClaimLifecycleTest.awaitSubmitted(kafka, t.tenant, 2);
        }
        String a = first.claimId();
        String b = second.claimId();
        EventEnvelope ackA = envelope(GatewayEvents.CLAIM_ACKNOWLEDGED, t.tenant, a,
                new ClaimAcknowledged(a, first.patientControlNumber(), "batch-1", "000000001", true, List.of()));
        List<ConsumerRecord<String, String>> poll = new ArrayList<>();
        poll.add(record(ackA, 0));
        poll.add(record(envelope(GatewayEvents.CLAIM_ACKNOWLEDGED, t.tenant, b,
                new ClaimAcknowledged(b, second.patientControlNumber(), "batch-1", "000000001", true, List.of())), 1));
        poll.add(record(envelope(GatewayEvents.CLAIM_ACCEPTED, t.tenant, a,
                new ClaimAccepted(a, first.patientControlNumber(), "ICN-A", "A2", "20")), 2));
        poll.add(record(envelope(GatewayEvents.CLAIM_ACCEPTED, t.tenant, b,
                new ClaimAccepted(b, second.patientControlNumber(), "ICN-B", "A2", "20")), 3));
        poll.add(record(envelope(RemittanceEvents.PAYMENT_POSTED, t.tenant, a, new PaymentPosted(a, "pay-a", "era-1",
                "payer-1", "PAID", first.totalCharge(), new BigDecimal("100.00"), new BigDecimal("20.00"),
                first.totalCharge().subtract(new BigDecimal("120.00")), BigDecimal.ZERO, new BigDecimal("20.00"),
                BigDecimal.ZERO, "ICN-A")), 4));
        poll.add(record(ackA, 5));                                              // redelivered within the poll

        Statistics stats = sessionFactory.getStatistics();
        long loadsBefore = stats.getEntityStatistics(Claim.class.getName()).getLoadCount();
        long batchQueriesBefore = claimsByIdQueries(stats);

        consumers.consume(Polls.of(poll));

        assertThat(claimsByIdQueries(stats) - batchQueriesBefore).as("the poll's claims loaded in one query")
                .isEqualTo(1);
        assertThat(stats.getEntityStatistics(Claim.class.getName()).getLoadCount() - loadsBefore)
                .as("each claim read once for the whole poll").isEqualTo(2);
        JsonPath claimA = claim(t, a);
        assertThat(claimA.getString("status")).isEqualTo("PAID");
        assertThat(claimA.getString("payerClaimControlNumber")).isEqualTo("ICN-A");
        assertThat(claimA.getFloat("paidAmount")).isEqualTo(100.0f);
        assertThat(claimA.getList("history.to", String.class)).endsWith("SUBMITTED", "ACKNOWLEDGED", "ACCEPTED", "PAID")
                .containsOnlyOnce("ACKNOWLEDGED", "ACCEPTED", "PAID");
        JsonPath claimB = claim(t, b);
        assertThat(claimB.getString("status")).isEqualTo("ACCEPTED");
        assertThat(claimB.getString("payerClaimControlNumber")).isEqualTo("ICN-B");
        assertThat(claimB.getList("history.to", String.class)).endsWith("SUBMITTED", "ACKNOWLEDGED", "ACCEPTED")
                .containsOnlyOnce("ACKNOWLEDGED", "ACCEPTED");

        // the same poll again (a redelivery after a crash before the offset commit): nothing moves
        consumers.consume(Polls.of(poll));
        assertThat(claim(t, a).getList("history.to", String.class)).hasSameSizeAs(claimA.getList("history.to"));
        assertThat(claim(t, b).getList("history.to", String.class)).hasSameSizeAs(claimB.getList("history.to"));
    }

    /** Executions of the batch loader's query (claims by a list of ids) so far. */
    private static long claimsByIdQueries(Statistics stats) {
        long n = 0;
        for (String q : stats.getQueries()) {
            if (q.contains("Claim") && q.contains("id in")) {
                n += stats.getQueryStatistics(q).getExecutionCount();
            }
        }
        return n;
    }

    private static JsonPath claim(TenantSetup t, String id) {
        return given().auth().oauth2(t.token).get("/claims/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static <T> EventEnvelope envelope(EventType<T> type, String tenant, String claimId, T payload) {
        return EventEnvelope.of(type, tenant, claimId, payload, "corr-batch", null);
    }

    private static ConsumerRecord<String, String> record(EventEnvelope e, long offset) {
        String topic = switch (e.eventType()) {
            case "ClaimAcknowledged" -> GatewayEvents.CLAIM_ACKNOWLEDGED.topic();
            case "ClaimAccepted" -> GatewayEvents.CLAIM_ACCEPTED.topic();
            default -> RemittanceEvents.PAYMENT_POSTED.topic();
        };
        return Polls.record(topic, offset, e);
    }
}
