package org.rcm.claim.domain;

import org.junit.jupiter.api.Test;
import org.rcm.claim.domain.scrub.AuthorizationInfo;
import org.rcm.claim.domain.scrub.Edit;
import org.rcm.claim.domain.scrub.PayerRules;
import org.rcm.claim.domain.scrub.Scrubber;
import org.rcm.claim.domain.scrub.TelehealthProfile;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.claim.ClaimSubmitted.ClaimLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per edit: a claim that fails it and a claim that passes it. */
class ScrubberTest {

    static List<Edit> scrub(ClaimBuilder b) {
        return Scrubber.scrub(b.build(), b.context());
    }

    static void fails(String id, Consumer<ClaimBuilder> breakIt) {
        ClaimBuilder b = ClaimBuilder.clean();
        breakIt.accept(b);
        assertThat(scrub(b)).as("expected edit " + id).extracting(Edit::id).contains(id);
    }

    static void passes(String id, Consumer<ClaimBuilder> setUp) {
        ClaimBuilder b = ClaimBuilder.clean();
        setUp.accept(b);
        assertThat(scrub(b)).as("unexpected edit " + id).extracting(Edit::id).doesNotContain(id);
    }

    static Edit only(String id, Consumer<ClaimBuilder> setUp) {
        ClaimBuilder b = ClaimBuilder.clean();
        setUp.accept(b);
        return scrub(b).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    static ClaimSubmitted.Provider billing(String npi, String taxonomy, String tin, ClaimSubmitted.Address a) {
        return new ClaimSubmitted.Provider(npi, taxonomy, tin, "Calm Waters Counseling", null, null, a);
    }

    @Test
    void cleanClaimHasNoEdits() {
        assertThat(scrub(ClaimBuilder.clean())).isEmpty();
    }

    @Test
    void requiredHeaderData() {
        fails("REQ-PCN", b -> b.pcn = " ");
        passes("REQ-PCN", b -> b.pcn = "RC1");
        fails("REQ-DOS", b -> b.dos = null);
        passes("REQ-DOS", b -> b.dos = ClaimBuilder.DOS);
        fails("REQ-POS", b -> b.pos = "1");
        passes("REQ-POS", b -> b.pos = "53");
    }

    @Test
    void pcnLength() {
        assertThat(only("PCN-LENGTH", b -> b.pcn = "X".repeat(39)).blocks()).isTrue();
        assertThat(only("PCN-LENGTH", b -> b.pcn = "X".repeat(21)).blocks()).isFalse();
        passes("PCN-LENGTH", b -> b.pcn = "X".repeat(20));
    }

    @Test
    void billingProviderRequired() {
        fails("REQ-BILLING", b -> b.billing = null);
        fails("REQ-BILLING", b -> b.billing = billing("1234567893", "103T00000X", null, ClaimBuilder.OFFICE));
        fails("REQ-BILLING", b -> b.billing = billing("1234567893", "103T00000X", "123456789", null));
        passes("REQ-BILLING", b -> { });
        Edit e = only("REQ-BILLING", b -> b.billing = billing("1234567893", "103T00000X", null, ClaimBuilder.OFFICE));
        assertThat(e.path()).isEqualTo("billingProvider.taxId");
        assertThat(e.severity()).isEqualTo(Edit.Severity.BLOCK);
    }

    @Test
    void billingZipNeedsNineDigits() {
        fails("ZIP-BILLING", b -> b.billing = billing("1234567893", "103T00000X", "123456789",
                new ClaimSubmitted.Address("1 Main", null, "Town", "IL", "62701")));
        passes("ZIP-BILLING", b -> { });
    }

    @Test
    void npiLuhnWithPrefix80840() {
        fails("NPI-CHECK", b -> b.billing = billing("1234567890", "103T00000X", "123456789", ClaimBuilder.OFFICE));
        fails("NPI-CHECK", b -> b.rendering = new ClaimSubmitted.Provider("149775854", "1041C0700X", null, null, "R", "A", null));
        fails("NPI-CHECK", b -> b.rendering = new ClaimSubmitted.Provider("14977585AB", "1041C0700X", null, null, "R", "A", null));
        passes("NPI-CHECK", b -> b.billing = billing("1245319599", "103T00000X", "123456789", ClaimBuilder.OFFICE));
        fails("NPI-CHECK", b -> b.supervising = new ClaimSubmitted.Provider("1245319598", "2084P0800X", null, null, "N", "L", null));
        passes("NPI-CHECK", b -> b.supervising = new ClaimSubmitted.Provider("1245319599", "2084P0800X", null, null, "N", "L", null));
        assertThat(only("NPI-CHECK", b -> b.rendering = new ClaimSubmitted.Provider("1497758545", "1041C0700X", null,
                null, "R", "A", null)).path()).isEqualTo("renderingProvider.npi");
    }

    @Test
    void taxonomyFormat() {
        fails("TAXONOMY-FORMAT", b -> b.billing = billing("1234567893", "103T00000", "123456789", ClaimBuilder.OFFICE));
        fails("TAXONOMY-FORMAT", b -> b.billing = billing("1234567893", "103T00000Y", "123456789", ClaimBuilder.OFFICE));
        fails("TAXONOMY-FORMAT", b -> b.billing = billing("1234567893", "103t00000X", "123456789", ClaimBuilder.OFFICE));
        passes("TAXONOMY-FORMAT", b -> b.billing = billing("1234567893", "101YM0800X", "123456789", ClaimBuilder.OFFICE));
    }

    @Test
    void tinAndSsnFormat() {
        fails("TIN-FORMAT", b -> b.billing = billing("1234567893", "103T00000X", "071234567", ClaimBuilder.OFFICE));
        fails("TIN-FORMAT", b -> b.billing = billing("1234567893", "103T00000X", "12-345678", ClaimBuilder.OFFICE));
        passes("TIN-FORMAT", b -> b.billing = billing("1234567893", "103T00000X", "271234567", ClaimBuilder.OFFICE));
        fails("TIN-FORMAT", b -> {
            b.taxIdType = "SSN";
            b.billing = billing("1234567893", "103T00000X", "666123456", ClaimBuilder.OFFICE);
        });
        fails("TIN-FORMAT", b -> {
            b.taxIdType = "SSN";
            b.billing = billing("1234567893", "103T00000X", "123450000", ClaimBuilder.OFFICE);
        });
        passes("TIN-FORMAT", b -> {
            b.taxIdType = "SSN";
            b.billing = billing("1234567893", "103T00000X", "123456789", ClaimBuilder.OFFICE);
        });
    }

    @Test
    void phoneFormat() {
        assertThat(only("PHONE-FORMAT", b -> b.phone = "217555010").blocks()).isTrue();
        assertThat(only("PHONE-FORMAT", b -> b.phone = "1175550100").blocks()).isTrue();
        assertThat(only("PHONE-FORMAT", b -> b.phone = "2171550100").blocks()).isTrue();
        assertThat(only("PHONE-FORMAT", b -> b.phone = null).blocks()).isFalse();
        passes("PHONE-FORMAT", b -> b.phone = "8005550199");
    }

    @Test
    void renderingProviderRequired() {
        fails("REQ-RENDERING", b -> b.rendering = null);
        fails("REQ-RENDERING", b -> b.rendering = new ClaimSubmitted.Provider("1497758544", "1041C0700X", null, null,
                null, null, null));
        passes("REQ-RENDERING", b -> { });
    }

    @Test
    void payerRequired() {
        fails("REQ-PAYER", b -> b.payer = null);
        fails("REQ-PAYER", b -> b.payer = new ClaimSubmitted.Payer("payer-1", null, "X", "CI", "P"));
        fails("REQ-PAYER", b -> b.payer = new ClaimSubmitted.Payer("payer-1", "60054", "X", " ", "P"));
        passes("REQ-PAYER", b -> b.payer = new ClaimSubmitted.Payer("payer-1", "60054", "X", "MB", "P"));
    }

    @Test
    void subscriberAndPatientRequired() {
        fails("REQ-SUBSCRIBER", b -> b.subscriber = null);
        fails("REQ-SUBSCRIBER", b -> b.subscriber = new ClaimSubmitted.Person(null, null, "Doe", "Jane",
                LocalDate.of(1985, 4, 12), "F", ClaimBuilder.OFFICE));
        fails("REQ-SUBSCRIBER", b -> b.subscriber = new ClaimSubmitted.Person("M1", null, "Doe", "Jane", null, "X",
                ClaimBuilder.OFFICE));
        passes("REQ-SUBSCRIBER", b -> { });
        fails("REQ-RELATIONSHIP", b -> b.relationship = "99");
        passes("REQ-RELATIONSHIP", b -> b.relationship = "18");
        fails("REQ-PATIENT", b -> b.relationship = "19");
        passes("REQ-PATIENT", b -> {
            b.relationship = "19";
            b.patient = new ClaimSubmitted.Person(null, null, "Doe", "Sam", LocalDate.of(2012, 1, 5), "M",
                    ClaimBuilder.OFFICE);
        });
    }

    @Test
    void frequencyCode() {
        fails("FREQ-CODE", b -> b.frequency = "6");
        fails("FREQ-CODE", b -> b.frequency = null);
        passes("FREQ-CODE", b -> {
            b.frequency = "8";
            b.payerClaimControlNumber = "PCN1";
        });
    }

    @Test
    void replacementAndVoidNeedRefF8() {
        fails("FREQ-REF-F8", b -> b.frequency = "7");
        fails("FREQ-REF-F8", b -> b.frequency = "8");
        assertThat(only("FREQ-REF-F8", b -> b.payerClaimControlNumber = "PCN1").blocks()).isFalse();
        passes("FREQ-REF-F8", b -> {
            b.frequency = "7";
            b.payerClaimControlNumber = "PCN1";
        });
    }

    @Test
    void diagnosesRequiredFormattedAndNotRepeated() {
        fails("REQ-DX", b -> b.diagnoses = List.of());
        passes("REQ-DX", b -> { });
        fails("DX-FORMAT", b -> b.diagnoses = List.of("309.81"));
        fails("DX-FORMAT", b -> b.diagnoses = List.of("F4"));
        passes("DX-FORMAT", b -> b.diagnoses = List.of("F43.10", "Z63.0", "F32A"));
        fails("DX-DUPLICATE", b -> b.diagnoses = List.of("F41.1", "F411"));
        passes("DX-DUPLICATE", b -> b.diagnoses = List.of("F41.1", "F41.9"));
    }

    @Test
    void atMostTwelveDiagnoses() {
        List<String> thirteen = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            thirteen.add("F4" + (i / 10) + "." + (i % 10));
        }
        fails("DX-MAX", b -> b.diagnoses = thirteen);
        passes("DX-MAX", b -> b.diagnoses = thirteen.subList(0, 12));
    }

    @Test
    void icd10OnlyFromOctober2015() {
        fails("DX-ICD10-DATE", b -> b.dos = LocalDate.of(2015, 9, 30));
        passes("DX-ICD10-DATE", b -> b.dos = LocalDate.of(2015, 10, 1));
    }

    @Test
    void diagnosisPointers() {
        fails("DX-POINTER", b -> b.replaceLine(0, line(b, 1, "90834", List.of(2))));
        fails("DX-POINTER", b -> b.replaceLine(0, line(b, 1, "90834", List.of())));
        fails("DX-POINTER", b -> {
            b.diagnoses = List.of("F41.1", "F32.A");
            b.replaceLine(0, line(b, 1, "90834", List.of(1, 1)));
        });
        fails("DX-POINTER", b -> {
            b.diagnoses = List.of("F41.1", "F32.0", "F32.1", "F32.2", "F32.3");
            b.replaceLine(0, line(b, 1, "90834", List.of(1, 2, 3, 4, 5)));
        });
        passes("DX-POINTER", b -> {
            b.diagnoses = List.of("F41.1", "F32.0");
            b.replaceLine(0, line(b, 1, "90834", List.of(2, 1)));
        });
    }

    static ClaimLine line(ClaimBuilder b, int n, String code, List<Integer> pointers) {
        return new ClaimLine(n, b.pcn + "-" + n, code, List.of(), 1, new BigDecimal("140.00"), pointers, null);
    }

    @Test
    void linesRequiredAndAtMostFifty() {
        fails("REQ-LINES", ClaimBuilder::noLines);
        passes("REQ-LINES", b -> { });
        fails("LINES-MAX", b -> {
            for (int i = 0; i < 50; i++) {
                b.line("H2019", 1, "20.00");
            }
        });
        passes("LINES-MAX", b -> {
            for (int i = 0; i < 49; i++) {
                b.line("H2019", 1, "20.00");
            }
        });
    }

    @Test
    void lineCodeModifiersAndUnits() {
        fails("CODE-FORMAT", b -> b.noLines().line("9083", 1, "140.00"));
        passes("CODE-FORMAT", b -> b.noLines().line("H0031", 1, "140.00"));
        fails("MOD-FORMAT", b -> b.noLines().line("90834", 1, "140.00", "9"));
        fails("MOD-FORMAT", b -> b.noLines().line("90834", 1, "140.00", "HO", "HN", "U1", "U2", "U3"));
        passes("MOD-FORMAT", b -> b.noLines().line("90834", 1, "140.00", "HO", "HN", "U1", "U2"));
        fails("UNITS-MIN", b -> b.noLines().line("90834", 0, "140.00"));
        passes("UNITS-MIN", b -> b.noLines().line("90834", 1, "140.00"));
    }

    @Test
    void zeroCharge() {
        fails("CHARGE-ZERO", b -> b.noLines().line("90834", 1, "0.00"));
        passes("CHARGE-ZERO", b -> b.noLines().line("90834", 1, "0.01"));
    }

    @Test
    void totalEqualsSumOfLines() {
        fails("CHARGE-TOTAL", b -> b.total = new BigDecimal("141.00"));
        passes("CHARGE-TOTAL", b -> {
            b.line("90785", 1, "20.00");
            b.total = new BigDecimal("160.0");
        });
    }

    @Test
    void lineControlNumbersUniqueAndShort() {
        fails("LINE-CONTROL-UNIQUE", b -> {
            b.line("90785", 1, "20.00");
            b.replaceLine(1, new ClaimLine(2, b.pcn + "-1", "90785", List.of(), 1, new BigDecimal("20.00"), List.of(1), null));
        });
        passes("LINE-CONTROL-UNIQUE", b -> b.line("90785", 1, "20.00"));
        fails("LINE-CONTROL", b -> b.replaceLine(0, new ClaimLine(1, "L".repeat(31), "90834", List.of(), 1,
                new BigDecimal("140.00"), List.of(1), null)));
        passes("LINE-CONTROL", b -> b.replaceLine(0, new ClaimLine(1, "L".repeat(30), "90834", List.of(), 1,
                new BigDecimal("140.00"), List.of(1), null)));
    }

    @Test
    void exactlyOnePrimaryPayer() {
        fails("PAYER-PRIMARY", b -> b.primaries = 0);
        fails("PAYER-PRIMARY", b -> b.primaries = 2);
        passes("PAYER-PRIMARY", b -> b.primaries = 1);
    }

    @Test
    void ncciPtpByDateOfServiceAndModifierIndicator() {
        // indicator 0: no modifier bypasses it
        fails("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90792", 1, "250.00").line("90791", 1, "220.00", "59");
        });
        // indicator 1: blocked without, passes with a distinct-service modifier
        fails("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90791", 1, "220.00").line("96127", 1, "10.00");
        });
        passes("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90791", 1, "220.00").line("96127", 1, "10.00", "59");
        });
        passes("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90791", 1, "220.00").line("96127", 1, "10.00", "XU");
        });
        // deleted before the date of service, not yet effective, indicator 9
        passes("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90853", 1, "60.00").line("90832", 1, "100.00");
        });
        fails("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.dos = LocalDate.of(2019, 6, 3);
            b.rules = new PayerRules("payer-1", 3650, TelehealthProfile.COMMERCIAL_95, Set.of());
            b.noLines().line("90853", 1, "60.00").line("90832", 1, "100.00");
        });
        passes("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90847", 1, "140.00").line("90846", 1, "130.00");
        });
        passes("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90839", 1, "200.00").line("90832", 1, "100.00");
        });
        Edit e = only("NCCI-PTP", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90791", 1, "220.00").line("96127", 1, "10.00");
        });
        assertThat(e.path()).isEqualTo("lines[1].modifiers");
    }

    @Test
    void ncciMueUnits() {
        fails("NCCI-MUE", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("96127", 2, "20.00").line("96127", 2, "20.00", "59");
        });
        passes("NCCI-MUE", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("96127", 2, "20.00").line("96127", 1, "10.00", "59");
        });
        // MAI 1 is a per-line limit
        fails("NCCI-MUE", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90853", 3, "180.00");
        });
        passes("NCCI-MUE", b -> {
            b.ncci = NcciFixtures.tables();
            b.noLines().line("90853", 2, "120.00").line("90853", 2, "120.00", "59");
        });
    }

    @Test
    void addOnWithoutItsPrimary() {
        fails("BH-ADDON-PRIMARY", b -> b.noLines().line("90833", 1, "80.00"));
        passes("BH-ADDON-PRIMARY", b -> b.noLines().line("99213", 1, "120.00").line("90833", 1, "80.00"));
        fails("BH-ADDON-PRIMARY", b -> b.noLines().line("90840", 1, "95.00"));
        passes("BH-ADDON-PRIMARY", b -> b.noLines().line("90839", 1, "200.00").line("90840", 1, "95.00"));
        fails("BH-ADDON-PRIMARY", b -> b.noLines().line("90785", 1, "20.00"));
        passes("BH-ADDON-PRIMARY", b -> b.line("90785", 1, "20.00"));
    }

    @Test
    void interactiveComplexityNotWithCrisis() {
        fails("BH-90785-CRISIS", b -> b.noLines().line("90839", 1, "200.00").line("90785", 1, "20.00"));
        passes("BH-90785-CRISIS", b -> b.noLines().line("90837", 1, "180.00").line("90785", 1, "20.00"));
    }

    @Test
    void oneTimedPsychotherapyPerDay() {
        fails("BH-PSYTX-SAME-DAY", b -> b.line("90837", 1, "180.00"));
        passes("BH-PSYTX-SAME-DAY", b -> b.replaceLine(0, new ClaimLine(1, b.pcn + "-1", "90837", List.of(), 1,
                new BigDecimal("180.00"), List.of(1), null)));
        passes("BH-PSYTX-SAME-DAY", b -> b.lines.add(new ClaimLine(2, b.pcn + "-2", "90837", List.of(), 1,
                new BigDecimal("180.00"), List.of(1), ClaimBuilder.DOS.plusDays(1))));
    }

    @Test
    void twoEvaluationsSameDay() {
        fails("BH-EVAL-SAME-DAY", b -> b.noLines().line("90791", 1, "220.00").line("90792", 1, "250.00"));
        fails("BH-EVAL-SAME-DAY", b -> b.noLines().line("90791", 2, "440.00"));
        passes("BH-EVAL-SAME-DAY", b -> b.noLines().line("90791", 1, "220.00"));
    }

    @Test
    void telehealthNotCovered() {
        fails("TELE-NOT-COVERED", b -> {
            b.pos = "10";
            b.rules = new PayerRules("payer-1", 90, TelehealthProfile.NOT_COVERED, Set.of());
        });
        passes("TELE-NOT-COVERED", b -> b.rules = new PayerRules("payer-1", 90, TelehealthProfile.NOT_COVERED, Set.of()));
    }

    @Test
    void telehealthPosAndModifierMatchThePayerProfile() {
        fails("TELE-POS-MODIFIER", b -> b.pos = "10");
        passes("TELE-POS-MODIFIER", b -> {
            b.pos = "10";
            b.noLines().line("90834", 1, "140.00", "95");
        });
        fails("TELE-POS-MODIFIER", b -> b.noLines().line("90834", 1, "140.00", "95"));
        fails("TELE-POS-MODIFIER", b -> {
            b.pos = "02";
            b.rules = new PayerRules("payer-1", 90, TelehealthProfile.GT, Set.of());
            b.noLines().line("90834", 1, "140.00", "95");
        });
        passes("TELE-POS-MODIFIER", b -> {
            b.pos = "02";
            b.rules = new PayerRules("payer-1", 90, TelehealthProfile.GT, Set.of());
            b.noLines().line("90834", 1, "140.00", "GT");
        });
        fails("TELE-POS-MODIFIER", b -> {
            b.pos = "10";
            b.rules = new PayerRules("payer-1", 90, TelehealthProfile.MEDICARE, Set.of());
            b.noLines().line("90834", 1, "140.00", "GT");
        });
        passes("TELE-POS-MODIFIER", b -> {
            b.pos = "11";
            b.rules = new PayerRules("payer-1", 90, TelehealthProfile.MEDICARE, Set.of());
            b.noLines().line("90834", 1, "140.00", "95");
        });
        assertThat(only("TELE-POS-MODIFIER", b -> {
            b.pos = "10";
            b.rules = new PayerRules("payer-1", 90, TelehealthProfile.POS_ONLY, Set.of());
            b.noLines().line("90834", 1, "140.00", "95");
        }).blocks()).isFalse();
    }

    static final AuthorizationInfo AUTH = new AuthorizationInfo("AUTH-1", Set.of("90837"), 12, 5,
            ClaimBuilder.DOS.minusMonths(1), ClaimBuilder.DOS.plusMonths(2), "ACTIVE");

    static void authPayer(ClaimBuilder b) {
        b.rules = new PayerRules("payer-1", 90, TelehealthProfile.COMMERCIAL_95, Set.of("90837"));
        b.noLines().line("90837", 1, "180.00");
    }

    @Test
    void priorAuthorizationNumberWhenThePayerRequiresIt() {
        fails("AUTH-MISSING", ScrubberTest::authPayer);
        passes("AUTH-MISSING", b -> {
            authPayer(b);
            b.priorAuthorization = "AUTH-1";
        });
        passes("AUTH-MISSING", b -> b.rules = new PayerRules("payer-1", 90, TelehealthProfile.COMMERCIAL_95, Set.of("90837")));
    }

    @Test
    void authorizationValidOnTheDateOfService() {
        fails("AUTH-INVALID", b -> {
            authPayer(b);
            b.priorAuthorization = "AUTH-1";
            b.authorization = new AuthorizationInfo("AUTH-1", Set.of(), 12, 5, ClaimBuilder.DOS.plusDays(1), null, "ACTIVE");
        });
        fails("AUTH-INVALID", b -> {
            authPayer(b);
            b.priorAuthorization = "AUTH-1";
            b.authorization = new AuthorizationInfo("AUTH-1", Set.of(), 12, 5, null, null, "CANCELLED");
        });
        passes("AUTH-INVALID", b -> {
            authPayer(b);
            b.priorAuthorization = "AUTH-1";
            b.authorization = AUTH;
        });
    }

    @Test
    void authorizedSessionsRemaining() {
        fails("AUTH-SESSIONS", b -> {
            authPayer(b);
            b.priorAuthorization = "AUTH-1";
            b.authorization = new AuthorizationInfo("AUTH-1", Set.of(), 12, 13, null, null, "EXHAUSTED");
        });
        assertThat(only("AUTH-SESSIONS", b -> {
            authPayer(b);
            b.priorAuthorization = "AUTH-1";
            b.authorization = new AuthorizationInfo("AUTH-1", Set.of(), 12, 12, null, null, "ACTIVE");
        }).blocks()).isFalse();
        passes("AUTH-SESSIONS", b -> {
            authPayer(b);
            b.priorAuthorization = "AUTH-1";
            b.authorization = AUTH;
        });
    }

    @Test
    void timelyFilingByPayer() {
        fails("TIMELY-FILING", b -> b.today = ClaimBuilder.DOS.plusDays(91));
        assertThat(only("TIMELY-FILING", b -> b.today = ClaimBuilder.DOS.plusDays(85)).blocks()).isFalse();
        passes("TIMELY-FILING", b -> b.today = ClaimBuilder.DOS.plusDays(60));
        passes("TIMELY-FILING", b -> {
            b.today = ClaimBuilder.DOS.plusDays(91);
            b.rules = new PayerRules("payer-1", 365, TelehealthProfile.COMMERCIAL_95, Set.of());
        });
        fails("DOS-FUTURE", b -> b.today = ClaimBuilder.DOS.minusDays(1));
        passes("DOS-FUTURE", b -> b.today = ClaimBuilder.DOS);
    }

    static ClaimSubmitted.OtherPayer primaryPaid(String paid, String adjusted) {
        var adj = new ClaimSubmitted.OtherAdjustment("PR", "2", new BigDecimal(adjusted));
        return new ClaimSubmitted.OtherPayer(new ClaimSubmitted.Payer("payer-0", "87726", "Primary", "CI", "P"), null,
                "18", new BigDecimal(paid), ClaimBuilder.DOS.plusDays(20), "PRI-1", List.of(adj),
                List.of(new ClaimSubmitted.LineAdjudication(1, "90834", new BigDecimal(paid), 1, List.of(adj))));
    }

    @Test
    void secondaryClaimNeedsOtherPayer() {
        fails("COB-OTHER-PAYER", b -> b.payer = new ClaimSubmitted.Payer("payer-1", "60054", "X", "CI", "S"));
        passes("COB-OTHER-PAYER", b -> {
            b.payer = new ClaimSubmitted.Payer("payer-1", "60054", "X", "CI", "S");
            b.otherPayers.add(primaryPaid("100.00", "40.00"));
        });
    }

    @Test
    void otherPayerLinesBalance() {
        fails("COB-BALANCE", b -> {
            b.payer = new ClaimSubmitted.Payer("payer-1", "60054", "X", "CI", "S");
            b.otherPayers.add(primaryPaid("100.00", "30.00"));
        });
        passes("COB-BALANCE", b -> {
            b.payer = new ClaimSubmitted.Payer("payer-1", "60054", "X", "CI", "S");
            b.otherPayers.add(primaryPaid("100.00", "40.00"));
        });
    }
}
