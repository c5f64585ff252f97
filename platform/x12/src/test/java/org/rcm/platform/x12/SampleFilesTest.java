package org.rcm.platform.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rcm.platform.x12.ack.Ack999Reader;
import org.rcm.platform.x12.ack.Ack999Listener;
import org.rcm.platform.x12.ack.Ack999Writer;
import org.rcm.platform.x12.ack.GroupAcknowledgment;
import org.rcm.platform.x12.ack.SetAcknowledgment;
import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.claim.Claim837Reader;
import org.rcm.platform.x12.eligibility.Eligibility271Reader;
import org.rcm.platform.x12.eligibility.EligibilityInquiry;
import org.rcm.platform.x12.eligibility.EligibilityResponse;
import org.rcm.platform.x12.eligibility.Inquiry270Reader;
import org.rcm.platform.x12.remit.ClaimPayment;
import org.rcm.platform.x12.remit.PaymentHeader;
import org.rcm.platform.x12.remit.ProviderAdjustment;
import org.rcm.platform.x12.remit.Remittance835Listener;
import org.rcm.platform.x12.remit.Remittance835Reader;
import org.rcm.platform.x12.remit.RemittanceSummary;
import org.rcm.platform.x12.status.ClaimStatus;
import org.rcm.platform.x12.status.ClaimStatus277Listener;
import org.rcm.platform.x12.status.ClaimStatus277Reader;

/**
 * Every file of ../shared/x12-samples gets the verdict its README states. Skipped when the
 * directory is absent.
 */
class SampleFilesTest {

    /** Errors expected per file (README defects); files not listed must have no error at all. */
    private static final Map<String, List<String>> EXPECTED_ERRORS = Map.of(
            // README: SE01 count wrong, ISA11 is U (a 4010 value) in a 00501 envelope.
            // Also found (not in the README): both claims have CLM02 = 500 but SV102 = 12.25.
            "837p-imsweb-valid.edi", List.of("TA1 026", "BUSINESS 837-CLAIM-CHARGE", "IK5 4",
                    "BUSINESS 837-CLAIM-CHARGE"),
            // README: GS05 102497 is not a valid time, IEA02 differs from ISA13.
            "999-imsweb-accepted.edi", List.of("TA1 024", "TA1 001"),
            // README: BPR16 20002316 is an invalid date.
            "835-linuxforhealth-managed-care.edi", List.of("IK4 8"),
            // README: names 005010X222A2, not the HIPAA-adopted A1.
            "837p-linuxforhealth-x222a2-example1.edi", List.of("IK5 19"));

    /** Warnings (noted, not rejected) for files the README calls clean. */
    private static final Map<String, List<String>> EXPECTED_WARNINGS = Map.of(
            // BPR16 sits at position 15 and SVC01 uses '>' while ISA16 is ':'; reader stays lenient.
            "835-linuxforhealth-cob-contractual-adjustment.edi", List.of("IK4 1", "IK4 1"));

    @Test
    void everySampleGetsItsReadmeVerdict() throws Exception {
        List<Path> files = SharedSamples.all();
        assertThat(files).hasSize(21);
        for (Path p : files) {
            String name = p.getFileName().toString();
            ValidationResult r;
            try (InputStream in = Files.newInputStream(p)) {
                r = X12Validator.validate(in);
            }
            List<String> errors = r.errors().stream().map(f -> f.level() + " " + f.code()).toList();
            List<String> warnings = r.findings().stream().filter(f -> !f.isError())
                    .map(f -> f.level() + " " + f.code()).toList();
            assertThat(errors).as(name + " errors " + r.findings())
                    .containsExactlyElementsOf(EXPECTED_ERRORS.getOrDefault(name, List.of()));
            assertThat(warnings).as(name + " warnings " + r.findings())
                    .containsExactlyElementsOf(EXPECTED_WARNINGS.getOrDefault(name, List.of()));
            assertThat(r.interchanges()).as(name).hasSize(1);
        }
    }

    @Test
    void defectMessagesAreSpecific() throws Exception {
        ValidationResult x222a2 = validate("837p-linuxforhealth-x222a2-example1.edi");
        assertThat(x222a2.errors().get(0).message()).contains("005010X222A2").contains("005010X222A1");
        ValidationResult ims = validate("837p-imsweb-valid.edi");
        assertThat(ims.findings()).anySatisfy(f -> assertThat(f.message()).contains("ISA11").contains("00501"));
        assertThat(ims.findings()).anySatisfy(f -> {
            assertThat(f.segmentId()).isEqualTo("SE");
            assertThat(f.element()).isEqualTo(1);
            assertThat(f.message()).contains("25").contains("34");
        });
        ValidationResult bpr = validate("835-linuxforhealth-managed-care.edi");
        Finding f = bpr.errors().get(0);
        assertThat(f.segmentId()).isEqualTo("BPR");
        assertThat(f.element()).isEqualTo(16);
        assertThat(f.setPosition()).isEqualTo(2);
        ValidationResult ack = validate("999-imsweb-accepted.edi");
        assertThat(ack.interchanges().get(0).ta1Status()).isEqualTo("R");
        assertThat(ack.interchanges().get(0).ta1NoteCode()).isEqualTo("024");
        assertThat(ack.errors().get(0).message()).contains("GS05");
    }

    @Test
    void bomFileIsReadWithItsThreeAcknowledgements() throws Exception {
        Path p = SharedSamples.file("999-stupidedi-partial-3-837s-bom.edi");
        assertThat(Files.readAllBytes(p)[0] & 0xFF).isEqualTo(0xEF);
        List<SetAcknowledgment> sets = new ArrayList<>();
        List<GroupAcknowledgment> groups = new ArrayList<>();
        ValidationResult r;
        try (InputStream in = Files.newInputStream(p)) {
            r = Ack999Reader.read(in, new Ack999Listener() {
                @Override
                public void onSet(SetAcknowledgment a) {
                    sets.add(a);
                }

                @Override
                public void onGroup(GroupAcknowledgment g) {
                    groups.add(g);
                }
            });
        }
        assertThat(r.isClean()).isTrue();
        assertThat(sets).extracting(SetAcknowledgment::status).containsExactly("A", "R", "R");
        assertThat(sets.get(1).segmentErrors()).hasSize(1);
        assertThat(sets.get(1).segmentErrors().get(0).segmentId()).isEqualTo("CLM");
        assertThat(sets.get(1).segmentErrors().get(0).position()).isEqualTo(22);
        assertThat(sets.get(1).segmentErrors().get(0).code()).isEqualTo("8");
        assertThat(sets.get(1).segmentErrors().get(0).elementErrors().get(0).position()).isEqualTo(2);
        assertThat(sets.get(1).segmentErrors().get(0).elementErrors().get(0).referenceNumber()).isEqualTo("782");
        assertThat(sets.get(2).segmentErrors().get(0).contexts()).hasSize(2);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo("P");
            assertThat(g.included()).isEqualTo(3);
            assertThat(g.accepted()).isEqualTo(1);
        });
        try (InputStream in = Files.newInputStream(p)) {
            assertThat(X12Files.detect(in).type()).isEqualTo(TransactionType.ACK_999);
        }
    }

    @Test
    void rejected999WithPipeComponentSeparator() throws Exception {
        List<SetAcknowledgment> sets = new ArrayList<>();
        read999("999-imsweb-rejected.edi", sets);
        assertThat(sets).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("R");
            assertThat(a.codes()).containsExactly("5");
            assertThat(a.transactionControlNumber()).isEqualTo("0028");
            assertThat(a.segmentErrors().get(0).segmentId()).isEqualTo("NM");
            assertThat(a.segmentErrors().get(0).position()).isEqualTo(17);
        });
    }

    @Test
    void remittanceWithPlbBalances() throws Exception {
        Collected835 c = read835("835-stupidedi-dollars-and-data-sent-together.edi");
        assertThat(c.result.isClean()).isTrue();
        assertThat(c.headers).singleElement().satisfies(h -> {
            assertThat(h.totalPayment()).isEqualByComparingTo("150000");
            assertThat(h.paymentMethod()).isEqualTo("ACH");
            assertThat(h.paymentDate()).isEqualTo(LocalDate.of(2002, 9, 13));
            assertThat(h.traceNumber()).isEqualTo("12345");
            assertThat(h.payer().name()).isEqualTo("INSURANCE COMPANY OF TIMBUCKTU");
            assertThat(h.payer().address().city()).isEqualTo("TIMBUCKTU");
            assertThat(h.payee().id()).isEqualTo("6543210903");
        });
        assertThat(c.claims).hasSize(2);
        ClaimPayment first = c.claims.get(0);
        assertThat(first.statusCode()).isEqualTo("1");
        assertThat(first.chargeAmount()).isEqualByComparingTo("211366.97");
        assertThat(first.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.group()).isEqualTo("CO");
            assertThat(a.reason()).isEqualTo("45");
        });
        assertThat(first.inpatient().drgAmount()).isEqualByComparingTo("138018.4");
        assertThat(first.name("QC").name()).isEqualTo("JONES");
        assertThat(c.claims.get(1).outpatient().remarkCodes()).containsExactly("MA02");
        assertThat(c.plb).singleElement().satisfies(p -> {
            assertThat(p.items().get(0).reasonCode()).isEqualTo("CV");
            assertThat(p.items().get(0).amount()).isEqualByComparingTo("-1.27");
        });
        assertThat(c.summaries).singleElement().satisfies(s -> {
            assertThat(s.balanced()).isTrue();
            assertThat(s.providerAdjustmentTotal()).isEqualByComparingTo("-1.27");
        });
    }

    @Test
    void remittanceServiceLinesWithRemarksAndNegativeCas() throws Exception {
        Collected835 many = read835("835-stupidedi-multiple-claims-single-check.edi");
        assertThat(many.claims).hasSize(9);
        assertThat(many.claims.get(0).services()).hasSize(5);
        assertThat(many.claims.get(0).services().get(0).procedureQualifier()).isEqualTo("AD");
        assertThat(many.claims.get(0).services().get(0).amounts().get(0).qualifier()).isEqualTo("B6");
        assertThat(many.summaries.get(0).balanced()).isTrue();

        Collected835 lq = read835("835-pyx12-mult-loops.edi");
        assertThat(lq.claims).singleElement().satisfies(cl -> {
            assertThat(cl.statusCode()).isEqualTo("4");
            assertThat(cl.services()).hasSize(3);
            assertThat(cl.services().get(1).remarks()).extracting(r -> r.qualifier() + ":" + r.code())
                    .containsExactly("HE:N14");
            assertThat(cl.services().get(0).units()).isEqualByComparingTo("68");
        });

        Collected835 cob = read835("835-linuxforhealth-cob-contractual-adjustment.edi");
        assertThat(cob.claims.get(0).services().get(0).adjustments())
                .extracting(a -> a.amount()).containsExactly(new BigDecimal("516.00"), new BigDecimal("-9.00"));
        assertThat(cob.summaries.get(0).balanced()).isTrue();
    }

    @Test
    void claimStatusAcceptedAndRejected() throws Exception {
        List<ClaimStatus> acc = read277("277ca-imsweb-accepted.edi");
        assertThat(acc).singleElement().satisfies(c -> {
            assertThat(c.rejected()).isFalse();
            assertThat(c.statuses().get(0).category()).isEqualTo("A2");
            assertThat(c.patientControlNumber()).isEqualTo("5781");
            assertThat(c.payerClaimControlNumber()).isEqualTo("1107000000014420");
            assertThat(c.provider().id()).isEqualTo("1234567890");
        });
        List<ClaimStatus> rej = read277("277ca-imsweb-rejected.edi");
        assertThat(rej).singleElement().satisfies(c -> {
            assertThat(c.rejected()).isTrue();
            assertThat(c.statuses().get(0).category()).isEqualTo("A7");
            assertThat(c.statuses().get(0).status()).isEqualTo("562");
            assertThat(c.statuses().get(0).entity()).isEqualTo("85");
            assertThat(c.statuses().get(0).chargeAmount()).isEqualByComparingTo("199.14");
            assertThat(c.payerClaimControlNumber()).isEqualTo("1107000000001120");
            assertThat(c.serviceDate()).isEqualTo(LocalDate.of(2009, 3, 11));
        });
    }

    @Test
    void eligibilityBenefitsWithRepeatingServiceTypes() throws Exception {
        List<EligibilityResponse> sub = read271("271-linuxforhealth-subscriber.edi");
        assertThat(sub).singleElement().satisfies(r -> {
            assertThat(r.subscriber().party().id()).isEqualTo("123456789");
            assertThat(r.subscriber().benefits()).hasSize(5);
            assertThat(r.subscriber().benefits().get(1).relatedEntities()).singleElement()
                    .satisfies(p -> assertThat(p.entityCode()).isEqualTo("P3"));
            var copay = r.subscriber().benefits().get(3);
            assertThat(copay.informationCode()).isEqualTo("B");
            assertThat(copay.serviceTypes()).containsExactly("1", "33", "35", "47", "86", "88", "98", "AL", "MH",
                    "UC");
            assertThat(copay.timePeriod()).isEqualTo("27");
            assertThat(copay.amount()).isEqualByComparingTo("10.00");
            assertThat(copay.inPlanNetwork()).isEqualTo("Y");
            assertThat(r.subscriber().benefits().get(4).inPlanNetwork()).isEqualTo("N");
        });
        List<EligibilityResponse> dep = read271("271-linuxforhealth-dependent.edi");
        assertThat(dep).singleElement().satisfies(r -> {
            assertThat(r.subscriber().benefits()).isEmpty();
            assertThat(r.dependents()).singleElement().satisfies(d -> {
                assertThat(d.party().firstName()).isEqualTo("MARY");
                assertThat(d.relationship()).isEqualTo("19");
                assertThat(d.gender()).isEqualTo("F");
                assertThat(d.benefits()).hasSize(5);
            });
        });
        List<EligibilityResponse> err = read271("271-stupidedi-error-not-eligible-for-inquiries.edi");
        assertThat(err).singleElement().satisfies(r -> {
            assertThat(r.subscriber()).isNull();
            assertThat(r.receiverErrors()).singleElement().satisfies(a -> {
                assertThat(a.valid()).isEqualTo("Y");
                assertThat(a.reasonCode()).isEqualTo("50");
                assertThat(a.followUpAction()).isEqualTo("N");
            });
        });
    }

    @Test
    void inquiriesAndClaimsAreReadable() throws Exception {
        List<EligibilityInquiry> q = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SharedSamples.file("270-linuxforhealth-dependent.edi"))) {
            assertThat(Inquiry270Reader.read(in, q::add).isClean()).isTrue();
        }
        assertThat(q).singleElement().satisfies(i -> {
            assertThat(i.dependent().firstName()).isEqualTo("MARY");
            assertThat(i.subscriber().memberId()).isEqualTo("11122333301");
            assertThat(i.serviceTypes()).containsExactly("30");
            assertThat(i.traceNumber()).isEqualTo("93175-012547");
        });
        List<Claim837> claims = new ArrayList<>();
        try (InputStream in = Files.newInputStream(
                SharedSamples.file("837p-stupidedi-medicare-secondary-payer-cob.edi"))) {
            assertThat(Claim837Reader.read(in, claims::add).isClean()).isTrue();
        }
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subscriber().payerResponsibility()).isEqualTo("S");
            assertThat(c.claim().otherPayers()).singleElement().satisfies(o -> {
                assertThat(o.payerId()).isEqualTo("59999");
                assertThat(o.paidAmount()).isEqualByComparingTo("80");
            });
            assertThat(c.claim().lines().get(0).modifiers()).containsExactly("25");
            assertThat(c.claim().lines().get(0).adjudications().get(0).adjustments()).hasSize(2);
            assertThat(c.claim().lines().get(0).adjudications().get(0).adjudicationDate())
                    .isEqualTo(LocalDate.of(2005, 1, 28));
            assertThat(c.claim().renderingProvider().taxonomy()).isEqualTo("207X00000X");
        });
        List<Claim837> odd = new ArrayList<>();
        try (InputStream in = Files.newInputStream(
                SharedSamples.file("837p-staedi-x222-indented-odd-separators.edi"))) {
            assertThat(Claim837Reader.read(in, odd::add).isClean()).isTrue();
        }
        assertThat(odd).singleElement().satisfies(c -> {
            assertThat(c.claim().placeOfService()).isEqualTo("12");
            assertThat(c.claim().lines().get(0).procedureCode()).isEqualTo("J2941");
            assertThat(c.claim().lines().get(0).lineItemControlNumber()).isEqualTo("1099999731");
            assertThat(c.patient().firstName()).isEqualTo("COLE");
        });
    }

    @Test
    void generated999ForDefectiveClaimFileReadsBack() throws Exception {
        ValidationResult r = validate("837p-imsweb-valid.edi");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeEnvelope env = new InterchangeEnvelope("ZZ", "RCM", "ZZ", "SUBMITTERS.ID", "RCM", "SENDER CODE",
                LocalDateTime.of(2024, 1, 2, 3, 4), 42, 7, false, false, Delimiters.standard());
        Ack999Writer.write(out, env, "0001", r.groups());
        List<SetAcknowledgment> sets = new ArrayList<>();
        List<GroupAcknowledgment> groups = new ArrayList<>();
        ValidationResult back = Ack999Reader.read(new ByteArrayInputStream(out.toByteArray()), new Ack999Listener() {
            @Override
            public void onSet(SetAcknowledgment a) {
                sets.add(a);
            }

            @Override
            public void onGroup(GroupAcknowledgment g) {
                groups.add(g);
            }
        });
        assertThat(back.isClean()).as(back.findings().toString()).isTrue();
        assertThat(sets).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("R");
            assertThat(a.codes()).containsExactly("4");
            assertThat(a.transactionControlNumber()).isEqualTo("987654");
        });
        assertThat(groups.get(0).status()).isEqualTo("R");
    }

    // ------------------------------------------------------------------ helpers

    private static ValidationResult validate(String name) throws Exception {
        try (InputStream in = Files.newInputStream(SharedSamples.file(name))) {
            return X12Validator.validate(in);
        }
    }

    private static void read999(String name, List<SetAcknowledgment> sets) throws Exception {
        try (InputStream in = Files.newInputStream(SharedSamples.file(name))) {
            Ack999Reader.read(in, new Ack999Listener() {
                @Override
                public void onSet(SetAcknowledgment a) {
                    sets.add(a);
                }
            });
        }
    }

    private static List<ClaimStatus> read277(String name) throws Exception {
        List<ClaimStatus> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SharedSamples.file(name))) {
            ValidationResult r = ClaimStatus277Reader.read(in, new ClaimStatus277Listener() {
                @Override
                public void onClaim(ClaimStatus c) {
                    out.add(c);
                }
            });
            assertThat(r.isClean()).isTrue();
        }
        return out;
    }

    private static List<EligibilityResponse> read271(String name) throws Exception {
        List<EligibilityResponse> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SharedSamples.file(name))) {
            assertThat(Eligibility271Reader.read(in, out::add).isClean()).isTrue();
        }
        return out;
    }

    static class Collected835 implements Remittance835Listener {
        final List<PaymentHeader> headers = new ArrayList<>();
        final List<ClaimPayment> claims = new ArrayList<>();
        final List<ProviderAdjustment> plb = new ArrayList<>();
        final List<RemittanceSummary> summaries = new ArrayList<>();
        ValidationResult result;

        @Override
        public void onPayment(PaymentHeader h) {
            headers.add(h);
        }

        @Override
        public void onClaim(ClaimPayment c) {
            claims.add(c);
        }

        @Override
        public void onProviderAdjustment(ProviderAdjustment a) {
            plb.add(a);
        }

        @Override
        public void onEnd(RemittanceSummary s) {
            summaries.add(s);
        }
    }

    private static Collected835 read835(String name) throws Exception {
        Collected835 c = new Collected835();
        try (InputStream in = Files.newInputStream(SharedSamples.file(name))) {
            c.result = Remittance835Reader.read(in, c);
        }
        return c;
    }
}
