package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.testsupport.KafkaTestClient;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The revenue cycle of a demo group practice: documents N therapy sessions across the behavioral scenarios,
 * follows them to claims and, playing the payer when no sandbox clearinghouse runs, to payments and denials, and
 * prints a summary.
 */
public final class Demo {
    private static final String TENANT = "demo-billing-co";
    private static final String[] THERAPISTS = {"prov-rivera", "prov-chen", "prov-okafor"};
    private static final String[] PAYERS = {"payer-commercial", "payer-medicare"};

    private final LocalStack stack;
    private final Consumer<String> say;
    private final Http http;
    private final Random random = new Random(42);

    public Demo(LocalStack stack, Consumer<String> say) {
        this.stack = stack;
        this.say = say;
        this.http = new Http(Tokens.mint(TENANT, "demo-admin", "admin", "biller", "coder", "front-desk"));
    }

    public void run(int sessions) throws InterruptedException {
        say.accept("demo: documenting " + sessions + " sessions for tenant " + TENANT);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Http.Reply r = http.post(stack.url("coding-service") + "/sessions", session(i));
            if (r.status() != 201) {
                say.accept("  session " + i + " refused: " + r.status() + " " + r.body());
                continue;
            }
            ids.add(r.body().get("id").asText());
            if ((i + 1) % 50 == 0) {
                say.accept("  documented " + (i + 1));
            }
        }
        say.accept("demo: waiting for claims");
        List<JsonNode> claims = waitFor(() -> list("claim-service", "/claims?size=500"), c -> c.size() >= expected(ids),
                Duration.ofSeconds(120));
        say.accept("  " + claims.size() + " claims built");
        if (!stack.running("sandbox")) {
            say.accept("demo: no sandbox clearinghouse built; playing the payer on the remittance topic");
            payAsPayer();
        }
        waitFor(() -> list("remittance-service", "/payments?size=500"), p -> p.size() >= claims.size(),
                Duration.ofSeconds(120));
        summary();
    }

    private int expected(List<String> ids) {
        return (int) (ids.size() * 0.9);
    }

    private String session(int i) {
        int minutes = new int[]{45, 60, 55, 30, 40, 53, 38, 20}[i % 8];
        String modality = i % 3 == 0 ? "VIDEO" : i % 7 == 0 ? "AUDIO_ONLY" : "IN_PERSON";
        String location = "IN_PERSON".equals(modality) ? "OFFICE" : i % 2 == 0 ? "HOME" : "NOT_HOME";
        String dx = new String[]{"F41.1", "F32.1", "F43.10", "F90.0", "F33.1"}[i % 5];
        return """
                {"practiceId":"prac-calm-waters","renderingProviderId":"%s","patientId":"pat-%03d","payerId":"%s",
                 "dateOfService":"%s","minutes":%d,"modality":"%s","patientLocation":"%s",
                 "serviceType":"PSYCHOTHERAPY","diagnoses":["%s"],
                 "narrative":"Individual psychotherapy, %d minutes. Patient worked on treatment goals (CBT)."}
                """.formatted(THERAPISTS[i % 3], i % 60, PAYERS[i % 2], LocalDate.now().minusDays(1 + i % 20),
                minutes, modality, location, dx, minutes);
    }

    /** Plays the payer: pays most claims (CO-45 write-down, PR-2 coinsurance), denies some for no auth. */
    private void payAsPayer() {
        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers())) {
            var submitted = kafka.events(ClaimEvents.CLAIM_SUBMITTED.topic(), TENANT, Duration.ofSeconds(5),
                    f -> false);
            for (var env : submitted) {
                ClaimSubmitted c = env.payloadAs(ClaimEvents.CLAIM_SUBMITTED);
                BigDecimal charge = c.totalCharge();
                boolean deny = random.nextInt(100) < 15;
                BigDecimal allowed = charge.multiply(new BigDecimal("0.70")).setScale(2, RoundingMode.HALF_UP);
                BigDecimal coins = allowed.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
                BigDecimal paid = deny ? BigDecimal.ZERO : allowed.subtract(coins);
                List<Adjustment> adj = deny
                        ? List.of(new Adjustment("CO", "197", charge, null))
                        : List.of(new Adjustment("CO", "45", charge.subtract(allowed), null),
                        new Adjustment("PR", "2", coins, null));
                kafka.publish(GatewayEvents.REMITTANCE_RECEIVED, TENANT, c.patientControlNumber(),
                        new RemittanceReceived(c.payerId() + ":DEMO-TRN", c.payerId(), "DEMO-TRN",
                                LocalDate.now(), paid, c.patientControlNumber(), deny ? "4" : "1", charge, paid,
                                deny ? BigDecimal.ZERO : coins, "PCN-" + c.patientControlNumber(), adj,
                                deny ? List.of("N54") : List.of(), List.of()));
            }
        }
    }

    private void summary() {
        List<JsonNode> claims = list("claim-service", "/claims?size=500");
        List<JsonNode> payments = list("remittance-service", "/payments?size=500");
        List<JsonNode> denials = list("denial-service", "/work-items?size=500");
        Map<String, Integer> byStatus = new TreeMap<>();
        claims.forEach(c -> byStatus.merge(c.get("status").asText(), 1, Integer::sum));
        Map<String, Integer> byCategory = new TreeMap<>();
        denials.forEach(d -> byCategory.merge(d.get("category").asText(), 1, Integer::sum));
        Map<String, BigDecimal> dollars = new LinkedHashMap<>();
        dollars.put("billed", sum(claims, "totalCharge"));
        dollars.put("paid", sum(payments, "paidAmount"));
        dollars.put("patient", sum(payments, "patientResponsibility"));
        dollars.put("written off (contractual)", sum(payments, "contractualAdjustment"));
        dollars.put("denied", sum(payments, "deniedAmount"));
        say.accept("================ demo summary ================");
        say.accept("claims by state: " + byStatus);
        say.accept(String.format("denial rate: %.1f%% of %d adjudicated claims; by category %s",
                payments.isEmpty() ? 0.0 : 100.0 * denials.size() / payments.size(), payments.size(), byCategory));
        dollars.forEach((k, v) -> say.accept(String.format("  %-28s $%,12.2f", k, v)));
    }

    private List<JsonNode> list(String service, String path) {
        Http.Reply r = http.get(stack.url(service) + path);
        List<JsonNode> out = new ArrayList<>();
        if (r.status() == 200 && r.body() != null) {
            r.body().forEach(out::add);
        }
        return out;
    }

    private static BigDecimal sum(List<JsonNode> rows, String field) {
        return rows.stream().map(r -> r.get(field)).filter(n -> n != null && !n.isNull())
                .map(n -> new BigDecimal(n.asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static <T> T waitFor(java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done,
                                 Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            value = probe.get();
        }
        return value;
    }
}
