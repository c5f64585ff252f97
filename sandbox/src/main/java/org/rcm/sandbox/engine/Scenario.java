package org.rcm.sandbox.engine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scripted payer world: payers with fee schedules, members and denial rules. Loaded from JSON (see
 * docs/sandbox.md). Everything random (partial payments, claim numbers) derives from {@code seed}.
 *
 * @param today the adjudication date (timely filing, 835 dates); null means the current date
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scenario(long seed, String clearinghouseId, LocalDate today, List<PayerRules> payers,
                       List<DenialRule> rules) {

    public Scenario {
        payers = payers == null ? List.of() : List.copyOf(payers);
        rules = rules == null ? List.of() : List.copyOf(rules);
        clearinghouseId = clearinghouseId == null ? "SANDBOXCH" : clearinghouseId;
    }

    /**
     * @param defaultAllowedPercent allowed amount as a percent of the charge for codes without a fee
     * @param authRequiredCodes     codes denied CO-197 without a prior authorization (REF*G1)
     * @param sessionLimit          visits per member per year before CO-119 (0 = no limit)
     * @param telehealthModifiers   on POS 02/10 one of these modifiers is required, else CO-4
     * @param notNecessaryCodes     codes denied CO-50 + N115
     * @param partialPaymentRate    share of paid claims that are paid only half (the rest CO-253)
     * @param reversals             patient control numbers whose payment is reversed (CLP02 22) in a later 835
     * @param providerAdjustments   PLB items added to each 835 of this payer
     * @param eligibilityDown       answer every 270 with AAA 42 (unable to respond now)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PayerRules(String payerId, String name, String taxId, BigDecimal defaultAllowedPercent,
                             Map<String, BigDecimal> feeSchedule, Integer timelyFilingDays,
                             List<String> authRequiredCodes, Integer sessionLimit, List<String> telehealthModifiers,
                             List<String> notNecessaryCodes, Double partialPaymentRate, List<String> reversals,
                             List<Plb> providerAdjustments, boolean eligibilityDown, List<Member> members) {
        public PayerRules {
            feeSchedule = feeSchedule == null ? Map.of() : Map.copyOf(feeSchedule);
            authRequiredCodes = authRequiredCodes == null ? List.of() : List.copyOf(authRequiredCodes);
            telehealthModifiers = telehealthModifiers == null ? List.of("95", "GT") : List.copyOf(telehealthModifiers);
            notNecessaryCodes = notNecessaryCodes == null ? List.of() : List.copyOf(notNecessaryCodes);
            reversals = reversals == null ? List.of() : List.copyOf(reversals);
            providerAdjustments = providerAdjustments == null ? List.of() : List.copyOf(providerAdjustments);
            members = members == null ? List.of() : List.copyOf(members);
            defaultAllowedPercent = defaultAllowedPercent == null ? new BigDecimal("80") : defaultAllowedPercent;
            taxId = taxId == null ? "1999999999" : taxId;
        }

        public Member member(String memberId) {
            return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst().orElse(null);
        }
    }

    /**
     * @param coinsurancePercent patient share after copay and deductible, in percent
     * @param deductibleRemaining what is left of the deductible at the start of the scenario
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String memberId, boolean active, String planName, BigDecimal copay,
                         BigDecimal coinsurancePercent, BigDecimal deductibleRemaining, Integer sessionsUsed) {
        public Member {
            copay = copay == null ? BigDecimal.ZERO : copay;
            coinsurancePercent = coinsurancePercent == null ? BigDecimal.ZERO : coinsurancePercent;
            deductibleRemaining = deductibleRemaining == null ? BigDecimal.ZERO : deductibleRemaining;
            sessionsUsed = sessionsUsed == null ? 0 : sessionsUsed;
            planName = planName == null ? "Sandbox PPO" : planName;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plb(String reason, String reference, BigDecimal amount) {
    }

    /** A scripted denial: claims of this payer matching the procedure (and member, if given) get group-reason. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DenialRule(String payerId, String procedure, String memberId, String group, String reason,
                             List<String> remarks) {
        public DenialRule {
            remarks = remarks == null ? List.of() : List.copyOf(remarks);
            group = group == null ? "CO" : group;
        }
    }

    public PayerRules payer(String payerId) {
        return payers.stream().filter(p -> p.payerId().equals(payerId)).findFirst().orElse(null);
    }

    public LocalDate todayOrNow() {
        return today == null ? LocalDate.now() : today;
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static Scenario read(InputStream in) throws IOException {
        return JSON.readValue(in, Scenario.class);
    }

    public static Scenario load(String location) throws IOException {
        if (location == null || location.isBlank() || location.startsWith("classpath:")) {
            String res = location == null || location.isBlank() ? "scenario-default.json"
                    : location.substring("classpath:".length());
            try (InputStream in = Scenario.class.getClassLoader().getResourceAsStream(res)) {
                if (in == null) {
                    throw new IOException("scenario resource not found: " + res);
                }
                return read(in);
            }
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            return read(in);
        }
    }
}
