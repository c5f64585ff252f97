package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.rcm.platform.testsupport.Tokens;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The revenue cycle of a demo group practice, through the public APIs only: billing setup (a practice, three
 * therapists, a commercial and a Medicare-like payer with different telehealth rules, a secondary payer), patient
 * registration with coverages and some prior authorizations, then N documented sessions across the scenarios
 * (45/60 minutes, telehealth at home, family, crisis, E/M with add-on, missing authorization, wrong member id),
 * followed through coding, scrubbing, 837P to the sandbox clearinghouse, 999/277CA, 835 posting and denials.
 */
public final class Demo {
    static final String TENANT = "demo-billing-co";
    private static final String PRACTICE = "prac-calm-waters";
    private static final String[][] THERAPISTS = {{"prov-rivera", "1497758544", "Rivera", "Ana"},
            {"prov-chen", "1245319599", "Chen", "Wei"}, {"prov-okafor", "1730189838", "Okafor", "Ngozi"}};
    private static final Set<String> SETTLED = Set.of("PAID", "PARTIALLY_PAID", "DENIED", "REJECTED", "HELD",
            "CORRECTED", "WRITTEN_OFF", "CLOSED", "APPEALED");

    private final LocalStack stack;
    private final Consumer<String> say;
    private final Http http;

    public Demo(LocalStack stack, Consumer<String> say) {
        this.stack = stack;
        this.say = say;
        this.http = new Http(Tokens.mint(TENANT, "demo-admin", "admin", "biller", "coder", "front-desk"));
    }

    public void run(int sessions) throws InterruptedException {
        int patientsCount = Math.max(4, sessions / 4);
        say.accept("demo: billing setup for tenant " + TENANT + " (practice, 3 therapists, 3 payers, fees)");
        TenantFixture fixture = new TenantFixture(stack, http).practice(PRACTICE);
        for (String[] t : THERAPISTS) {
            fixture.therapist(t[0], t[1], t[2], t[3]);
        }
        fixture.payer("payer-commercial", DemoScenario.COMMERCIAL, "Sandbox Commercial", "CI", "COMMERCIAL_95")
                .payer("payer-medicare", DemoScenario.MEDICARE, "Sandbox Medicare", "MB", "MEDICARE")
                .payer("payer-secondary", DemoScenario.SECONDARY, "Sandbox Secondary", "CI", "COMMERCIAL_95")
                .fees();

        say.accept("demo: registering " + patientsCount + " patients with coverages");
        List<String[]> patients = new ArrayList<>();   // {patientId, payerId}
        for (int i = 0; i < patientsCount; i++) {
            boolean commercial = i % 2 == 0;
            String payer = commercial ? "payer-commercial" : "payer-medicare";
            String member = i % 17 == 5 ? "WRONG" + i   // a front-desk typo: the payer does not know this member
                    : DemoScenario.memberId(commercial ? DemoScenario.COMMERCIAL : DemoScenario.MEDICARE, i + 1);
            boolean secondary = i % 5 == 1;
            String id = fixture.patient(PRACTICE, "Demo" + (char) ('A' + i % 26), "Patient" + i,
                    LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 27).toString(), payer, member,
                    secondary ? "payer-secondary" : null,
                    secondary ? DemoScenario.memberId(DemoScenario.SECONDARY, i + 1) : null);
            patients.add(new String[]{id, payer});
            if (commercial && i % 4 == 0) {
                authorize(id);
            }
        }

        say.accept("demo: documenting " + sessions + " sessions");
        int refused = 0;
        for (int i = 0; i < sessions; i++) {
            String[] p = patients.get(i % patients.size());
            // each patient comes weekly: one session per patient and day (the payer denies a second as CO-18)
            LocalDate dos = LocalDate.now().minusDays(1 + 7L * (i / patients.size()) + i % 5);
            Http.Reply r = http.post(stack.url("coding-service") + "/sessions", session(i, p[0], p[1], dos));
            if (r.status() != 201) {
                refused++;
            }
            if ((i + 1) % 50 == 0 || i + 1 == sessions) {
                say.accept(String.format("  documented %d/%d%s", i + 1, sessions,
                        refused > 0 ? " (" + refused + " refused)" : ""));
            }
        }
        follow(sessions - refused);
        summary();
    }

    private void authorize(String patientId) {
        http.post(stack.url("eligibility-service") + "/authorizations", """
                {"patientId":"%s","payerId":"payer-commercial","authorizationNumber":"AUTH-%s","codes":["90837"],
                 "sessionsAuthorized":12,"startDate":"%s","endDate":"%s"}""".formatted(patientId,
                patientId.substring(0, 8).toUpperCase(), LocalDate.now().minusDays(60),
                LocalDate.now().plusDays(120)));
    }

    private String session(int i, String patientId, String payerId, LocalDate dos) {
        String therapist = THERAPISTS[i % 3][0];
        String kind = new String[]{"SIXTY", "FORTY_FIVE", "TELE_HOME", "FAMILY", "FORTY_FIVE", "SIXTY", "CRISIS",
                "EM_ADDON", "TELE_AUDIO", "FORTY_FIVE"}[i % 10];
        int minutes;
        String modality = "IN_PERSON";
        String location = "OFFICE";
        String type = "PSYCHOTHERAPY";
        String participants = "{\"patientPresent\":true,\"familyPresent\":false,\"groupSize\":0,\"interpreter\":false}";
        String em = "null";
        String note;
        switch (kind) {
            case "SIXTY" -> {
                minutes = 58;
                note = "Individual psychotherapy, 58 minutes. CBT for recurrent depression; treatment goals reviewed.";
            }
            case "TELE_HOME" -> {
                minutes = 50;
                modality = "VIDEO";
                location = "HOME";
                note = "Video session, patient at home, 50 minutes of psychotherapy addressing anxiety goals.";
            }
            case "TELE_AUDIO" -> {
                minutes = 40;
                modality = "AUDIO_ONLY";
                location = "HOME";
                note = "Audio-only telephone session, 40 minutes; patient declined video. Coping plan updated.";
            }
            case "FAMILY" -> {
                minutes = 50;
                type = "FAMILY";
                participants = "{\"patientPresent\":true,\"familyPresent\":true,\"groupSize\":0,\"interpreter\":false}";
                note = "Family psychotherapy with patient and parents present, 50 minutes; treatment goals agreed.";
            }
            case "CRISIS" -> {
                minutes = 80;
                type = "CRISIS";
                note = "Crisis psychotherapy, 80 minutes: acute suicidal ideation, safety plan completed, urgent.";
            }
            case "EM_ADDON" -> {
                minutes = 30;
                type = "EM_WITH_PSYCHOTHERAPY";
                em = "\"99214\"";
                note = "Medication management (99214) with 30 minutes of psychotherapy; goals for mood stability.";
            }
            default -> {
                minutes = 45;
                note = "Individual psychotherapy, 45 minutes. Worked on treatment goals for generalized anxiety.";
            }
        }
        String dx = new String[]{"F41.1", "F33.1", "F43.10", "F90.0", "F32.1"}[i % 5];
        return """
                {"practiceId":"%s","renderingProviderId":"%s","patientId":"%s","payerId":"%s","dateOfService":"%s",
                 "minutes":%d,"modality":"%s","patientLocation":"%s","serviceType":"%s","participants":%s,
                 "diagnoses":["%s"],"narrative":"%s","emCode":%s}
                """.formatted(PRACTICE, therapist, patientId, payerId, dos, minutes, modality, location, type,
                participants, dx, note, em);
    }

    /** Shows claims moving through their states until they settle (or stop moving). */
    private void follow(int expected) throws InterruptedException {
        say.accept("demo: following claims through scrubbing, 837P, 999/277CA and 835 (Ctrl-C to skip)");
        String last = "";
        long stableSince = System.nanoTime();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            Map<String, Integer> byStatus = byStatus(claims());
            int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
            int settled = byStatus.entrySet().stream().filter(e -> SETTLED.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            String line = "  claims " + total + ", settled " + settled + "  " + byStatus;
            if (!line.equals(last)) {
                say.accept(line);
                last = line;
                stableSince = System.nanoTime();
            }
            if (total >= expected * 0.9 && settled == total) {
                return;
            }
            if (System.nanoTime() - stableSince > 45_000_000_000L && total > 0) {
                say.accept("  (no movement for 45 s)");
                return;
            }
            Thread.sleep(2000);
        }
    }

    private void summary() {
        List<JsonNode> claims = claims();
        List<JsonNode> payments = list("remittance-service", "/payments?size=500");
        List<JsonNode> denials = list("denial-service", "/work-items?size=500");
        Map<String, Integer> byCategory = new TreeMap<>();
        denials.forEach(d -> byCategory.merge(d.get("category").asText(), 1, Integer::sum));
        long rejected = claims.stream().filter(c -> "REJECTED".equals(c.get("status").asText())).count();
        long held = claims.stream().filter(c -> "HELD".equals(c.get("status").asText())).count();
        long sent = claims.size() - held;
        Map<String, BigDecimal> dollars = new LinkedHashMap<>();
        dollars.put("billed", sum(claims, "totalCharge"));
        dollars.put("paid by payers", sum(payments, "paidAmount"));
        dollars.put("patient responsibility", sum(payments, "patientResponsibility"));
        dollars.put("contractual write-off", sum(payments, "contractualAdjustment"));
        dollars.put("denied (in work queues)", sum(payments, "deniedAmount"));
        say.accept("================ demo summary ================");
        say.accept("claims by state: " + byStatus(claims));
        say.accept(String.format("clean-claim rate: %.1f%% (%d sent, %d rejected by 999/277CA, %d held by the"
                + " scrubber)", sent == 0 ? 0.0 : 100.0 * (sent - rejected) / sent, sent, rejected, held));
        say.accept(String.format("denial rate: %.1f%% of %d adjudicated claim payments; by category %s",
                payments.isEmpty() ? 0.0 : 100.0 * denials.size() / payments.size(), payments.size(), byCategory));
        dollars.forEach((k, v) -> say.accept(String.format("  %-26s $%,12.2f", k, v)));
    }

    private List<JsonNode> claims() {
        return list("claim-service", "/claims?size=500");
    }

    private static Map<String, Integer> byStatus(List<JsonNode> claims) {
        Map<String, Integer> byStatus = new TreeMap<>();
        claims.forEach(c -> byStatus.merge(c.get("status").asText(), 1, Integer::sum));
        return byStatus;
    }

    private List<JsonNode> list(String service, String path) {
        List<JsonNode> out = new ArrayList<>();
        int page = 0;
        while (true) {
            Http.Reply r = http.get(stack.url(service) + path + "&page=" + page);
            if (r.status() != 200 || r.body() == null || !r.body().isArray() || r.body().isEmpty()) {
                return out;
            }
            r.body().forEach(out::add);
            if (r.body().size() < 500) {
                return out;
            }
            page++;
        }
    }

    private static BigDecimal sum(List<JsonNode> rows, String field) {
        return rows.stream().map(r -> r.get(field)).filter(n -> n != null && !n.isNull())
                .map(n -> new BigDecimal(n.asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
