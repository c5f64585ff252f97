package org.rcm.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcm.platform.x12.Delimiters;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.X12Validator;
import org.rcm.platform.x12.ack.Ack999Reader;
import org.rcm.platform.x12.ack.SetAcknowledgment;
import org.rcm.platform.x12.claim.BillingProvider;
import org.rcm.platform.x12.claim.Claim;
import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.claim.Claim837Writer;
import org.rcm.platform.x12.claim.ClaimBatchHeader;
import org.rcm.platform.x12.claim.Payer;
import org.rcm.platform.x12.claim.Receiver;
import org.rcm.platform.x12.claim.RenderingProvider;
import org.rcm.platform.x12.claim.ServiceLine;
import org.rcm.platform.x12.claim.Submitter;
import org.rcm.platform.x12.claim.Subscriber;
import org.rcm.platform.x12.model.Address;
import org.rcm.platform.x12.remit.ClaimPayment;
import org.rcm.platform.x12.remit.Remittance835Listener;
import org.rcm.platform.x12.remit.Remittance835Reader;
import org.rcm.platform.x12.remit.RemittanceSummary;
import org.rcm.platform.x12.status.ClaimStatus;
import org.rcm.platform.x12.status.ClaimStatus277Reader;
import org.rcm.sandbox.engine.Clearinghouse;
import org.rcm.sandbox.engine.Scenario;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The clearinghouse core without transport: 837P in; 999, 277CA and balanced 835s out. */
class ClearinghouseTest {
    static final LocalDate DOS = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    static Claim837 claim(String pcn, String member, String code, String charge, String auth, String pos,
                          List<String> modifiers) {
        Address a = new Address("1 MAIN ST", null, "SPRINGFIELD", "IL", "62701");
        BigDecimal c = new BigDecimal(charge);
        return new Claim837(new BillingProvider("2", "CALM MINDS", null, "1234567893", null, a, "123456789"),
                new Subscriber("P", null, "CI", "DOE", "JANE", null, member, a, LocalDate.of(1990, 1, 1), "F"), null,
                new Payer("SANDBOX HEALTH PLAN", "SBX01", null),
                new Claim(pcn, c, pos, "1", "Y", "A", "Y", "Y", null, auth, List.of("F411"),
                        new RenderingProvider("RIVERS", "DANA", "1987654321", null), List.of(),
                        List.of(new ServiceLine(code, modifiers, c, BigDecimal.ONE, null, List.of(1), DOS, null,
                                pcn + "-1", List.of()))));
    }

    static byte[] interchange(long isa13, Claim837... claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDateTime now = LocalDateTime.of(2026, 11, 20, 9, 30);
        try (Claim837Writer w = new Claim837Writer(out, new InterchangeEnvelope("ZZ", "RCMSUBMITTER", "ZZ",
                "SANDBOXCH", "RCMSUBMITTER", "SANDBOXCH", now, isa13, isa13, true, false, Delimiters.standard()))) {
            w.begin(new ClaimBatchHeader("0001", "B1", now, new Submitter("RCM", "RCMSUBMITTER", "OFFICE",
                    "5555550100"), new Receiver("SANDBOX", "SANDBOXCH")));
            for (Claim837 c : claims) {
                w.write(c);
            }
            w.end();
        }
        return out.toByteArray();
    }

    List<Path> outbox(String ext) throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("sftp/outbound"))) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        }
    }

    @Test
    void adjudicatesWithTheDefaultScenarioAndAnswersBalancedFiles() throws Exception {
        Clearinghouse ch = new Clearinghouse(dir, Scenario.load("classpath:scenario-default.json"));
        var outcome = ch.receive(Clearinghouse.SFTP, interchange(1,
                claim("PAID1", "SBXM0001", "90834", "150", null, "11", List.of()),
                claim("NOAUTH", "SBXM0001", "90837", "200", null, "11", List.of()),
                claim("TELE", "SBXM0001", "90832", "90", null, "10", List.of()),
                claim("COINS", "SBXM0002", "90832", "90", null, "11", List.of()),
                claim("GHOST", "NOBODY", "90834", "150", null, "11", List.of())));
        assertThat(outcome.files()).hasSize(3);

        List<SetAcknowledgment> acks = new ArrayList<>();
        Ack999Reader.read(new ByteArrayInputStream(Files.readAllBytes(outbox(".999").get(0))), new org.rcm.platform
                .x12.ack.Ack999Listener() {
            @Override
            public void onSet(SetAcknowledgment a) {
                acks.add(a);
            }
        });
        assertThat(acks).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo("A"));

        byte[] st = Files.readAllBytes(outbox(".277").get(0));
        assertThat(X12Validator.validate(new ByteArrayInputStream(st)).errors()).isEmpty();
        List<ClaimStatus> statuses = new ArrayList<>();
        ClaimStatus277Reader.read(new ByteArrayInputStream(st), new org.rcm.platform.x12.status
                .ClaimStatus277Listener() {
            @Override
            public void onClaim(ClaimStatus c) {
                statuses.add(c);
            }
        });
        assertThat(statuses).hasSize(5);
        ClaimStatus ghost = statuses.stream().filter(s -> s.patientControlNumber().equals("GHOST")).findFirst()
                .orElseThrow();
        assertThat(ghost.rejected()).isTrue();
        assertThat(ghost.statuses().get(0).category() + ":" + ghost.statuses().get(0).status()).isEqualTo("A7:97");

        byte[] era = Files.readAllBytes(outbox(".835").get(0));
        assertThat(X12Validator.validate(new ByteArrayInputStream(era)).errors()).isEmpty();
        List<ClaimPayment> claims = new ArrayList<>();
        List<RemittanceSummary> ends = new ArrayList<>();
        Remittance835Reader.read(new ByteArrayInputStream(era), new Remittance835Listener() {
            @Override
            public void onClaim(ClaimPayment c) {
                claims.add(c);
            }

            @Override
            public void onEnd(RemittanceSummary s) {
                ends.add(s);
            }
        });
        assertThat(ends).singleElement().satisfies(s -> assertThat(s.balanced()).isTrue());
        assertThat(claims).extracting(ClaimPayment::patientControlNumber)
                .containsExactly("PAID1", "NOAUTH", "TELE", "COINS");
        ClaimPayment paid = claims.get(0);
        assertThat(paid.paidAmount()).isEqualByComparingTo("80");
        assertThat(paid.services().get(0).adjustments()).extracting(a -> a.group() + "-" + a.reason() + " " + a.amount())
                .containsExactly("CO-45 50", "PR-3 20");
        assertThat(claims.get(1).statusCode()).isEqualTo("4");
        assertThat(claims.get(1).services().get(0).adjustments().get(0).reason()).isEqualTo("197");
        assertThat(claims.get(2).services().get(0).adjustments().get(0).reason()).isEqualTo("4");
        // 90832: allowed 70, deductible 50 left → PR-1 50, then 20 % of 20 → PR-2 4, paid 16
        assertThat(claims.get(3).services().get(0).adjustments()).extracting(a -> a.group() + "-" + a.reason() + " " + a.amount())
                .containsExactly("CO-45 20", "PR-1 50", "PR-2 4");
        assertThat(claims.get(3).paidAmount()).isEqualByComparingTo("16");
    }

    @Test
    void sameBytesTwiceAreOneClaimAndSyntaxErrorsGetA999Rejection() throws Exception {
        Clearinghouse ch = new Clearinghouse(dir, Scenario.load("classpath:scenario-default.json"));
        byte[] file = interchange(7, claim("ONCE", "SBXM0001", "90834", "150", null, "11", List.of()));
        ch.receive(Clearinghouse.SFTP, file);
        Clearinghouse restarted = new Clearinghouse(dir, Scenario.load("classpath:scenario-default.json"));
        assertThat(restarted.receive(Clearinghouse.SFTP, file).duplicate()).isTrue();
        assertThat(restarted.claims()).hasSize(1);

        byte[] broken = new String(interchange(8, claim("BAD", "SBXM0001", "90834", "150", null, "11", List.of())),
                StandardCharsets.US_ASCII).replaceFirst("~SE\\*\\d+\\*", "~SE*3*").getBytes(StandardCharsets.US_ASCII);
        var outcome = restarted.receive(Clearinghouse.SFTP, broken);
        assertThat(new String(outcome.acknowledgment(), StandardCharsets.US_ASCII)).contains("IK5*R*4");
        assertThat(outcome.files()).hasSize(1);
    }

    @Test
    void scriptedScenarioIsDeterministicWithReversalsAndProviderAdjustments() throws Exception {
        String json = """
                {"seed": 3, "today": "2026-11-20", "payers": [{"payerId": "SBX01", "name": "P",
                 "feeSchedule": {"90834": 100}, "timelyFilingDays": 90, "reversals": ["REV1"],
                 "providerAdjustments": [{"reason": "WO", "reference": "X1", "amount": 7.5}],
                 "members": [{"memberId": "M1", "active": true}]}],
                 "rules": [{"procedure": "90791", "group": "CO", "reason": "50", "remarks": ["N115"]}]}
                """;
        Scenario sc = Scenario.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        Clearinghouse ch = new Clearinghouse(dir, sc);
        ch.receive(Clearinghouse.SFTP, interchange(1,
                claim("REV1", "M1", "90834", "150", null, "11", List.of()),
                claim("RULE", "M1", "90791", "200", null, "11", List.of())));
        List<Path> eras = outbox(".835");
        assertThat(eras).hasSize(2);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> target = i == 0 ? first : second;
            Remittance835Reader.read(new ByteArrayInputStream(Files.readAllBytes(eras.get(i))),
                    new Remittance835Listener() {
                        @Override
                        public void onClaim(ClaimPayment c) {
                            target.add(c.patientControlNumber() + " " + c.statusCode() + " " + c.paidAmount());
                        }

                        @Override
                        public void onEnd(RemittanceSummary s) {
                            assertThat(s.balanced()).isTrue();
                        }
                    });
        }
        assertThat(first).containsExactly("REV1 1 100", "RULE 4 0");
        assertThat(second).containsExactly("REV1 22 -100");
        assertThat(Files.readString(eras.get(0))).contains("PLB*1234567893*20261231*WO:X1*7.5");
    }
}
