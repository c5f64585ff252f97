package org.rcm.remittance.domain;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The five third-party 835 samples, read with platform/x12 and posted: expected totals per claim. */
class SampleEraPostingTest {

    static Path sample(String name) {
        String prop = System.getProperty("rcm.shared.dir");
        Path dir = prop == null || prop.isBlank() ? Path.of("../../shared") : Path.of(prop);
        Path f = dir.resolve("x12-samples").resolve(name);
        if (!Files.isRegularFile(f)) {
            f = Path.of("../../shared/x12-samples").resolve(name);
        }
        assumeTrue(Files.isRegularFile(f), "shared 835 sample " + name + " not found: skipping");
        return f;
    }

    static X12Remits.Parsed read(String name) throws Exception {
        try (InputStream in = Files.newInputStream(sample(name))) {
            return X12Remits.readAll(in);
        }
    }

    static void expect(RemitClaim c, String status, String paid, String patient, String contractual, String denied) {
        Posting p = PostingRules.post(c);
        assertThat(p.status()).as(c.patientControlNumber() + " status").isEqualTo(status);
        assertThat(p.paid()).as("paid").isEqualByComparingTo(paid);
        assertThat(p.patientResponsibility()).as("patient").isEqualByComparingTo(patient);
        assertThat(p.contractual()).as("contractual").isEqualByComparingTo(contractual);
        assertThat(p.denied()).as("denied").isEqualByComparingTo(denied);
        // every dollar is accounted for: charge = paid + patient + contractual + denied + prior payer
        BigDecimal accounted = p.paid().add(p.patientResponsibility()).add(p.contractual()).add(p.denied())
                .add(c.adjustments().stream().filter(a -> "OA".equals(a.group()) && "23".equals(a.reason()))
                        .map(a -> a.amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(accounted).as("accounted").isEqualByComparingTo(c.chargeAmount());
    }

    static BigDecimal paidTotal(List<RemitClaim> claims) {
        return claims.stream().map(RemitClaim::paidAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void managedCareSplitsDeductibleAndContractual() throws Exception {
        var era = read("835-linuxforhealth-managed-care.edi");
        assertThat(era.claims()).hasSize(2);
        expect(era.claims().get(0), "PAID", "450", "300", "50", "0");
        expect(era.claims().get(1), "PAID", "495", "600", "105", "0");
        assertThat(PostingRules.post(era.claims().get(1)).deductible()).isEqualByComparingTo("600");
        assertThat(era.claims().get(0).payerClaimControlNumber()).isEqualTo("94060555410000");
        Reconciliation r = Reconciliation.of(era.eras().get(0), paidTotal(era.claims()), 2);
        assertThat(r.status()).isEqualTo("BALANCED");
        assertThat(r.paymentAmount()).isEqualByComparingTo("945");
    }

    @Test
    void cobSecondaryKeepsPriorPayerAndNegativeAdjustment() throws Exception {
        var era = read("835-linuxforhealth-cob-contractual-adjustment.edi");
        RemitClaim c = era.claims().get(0);
        assertThat(c.claimStatusCode()).isEqualTo("2");
        Posting p = PostingRules.post(c);
        assertThat(p.status()).isEqualTo("PAID");
        assertThat(p.paid()).isEqualByComparingTo("34");
        assertThat(p.allowed()).as("AMT*B6").isEqualByComparingTo("550");
        assertThat(p.contractual()).as("OA-94 -9.00 is not a denial").isEqualByComparingTo("-9");
        assertThat(p.denied()).isZero();
        assertThat(Reconciliation.of(era.eras().get(0), paidTotal(era.claims()), 1).status()).isEqualTo("BALANCED");
    }

    @Test
    void nonPaymentDenialHasThreeDeniedLines() throws Exception {
        var era = read("835-pyx12-mult-loops.edi");
        RemitClaim c = era.claims().get(0);
        expect(c, "DENIED", "0", "0", "0", "915.39");
        Posting p = PostingRules.post(c);
        assertThat(p.fullDenial()).isTrue();
        assertThat(p.deniedLines()).hasSize(3);
        assertThat(p.deniedLines().get(0).adjustments().get(0).reason()).isEqualTo("16");
        assertThat(p.remarkCodes()).containsExactly("N14");
        assertThat(Reconciliation.of(era.eras().get(0), paidTotal(era.claims()), 1).status()).isEqualTo("BALANCED");
    }

    @Test
    void dollarsAndDataBalanceWithThePlb() throws Exception {
        var era = read("835-stupidedi-dollars-and-data-sent-together.edi");
        assertThat(era.claims()).hasSize(2);
        expect(era.claims().get(0), "PAID", "138018.40", "0", "73348.57", "0");
        expect(era.claims().get(1), "PAID", "11980.33", "0", "3019.67", "0");
        assertThat(era.claims().get(1).remarkCodes()).contains("MA02");
        Era header = era.eras().get(0);
        assertThat(header.providerAdjustments()).singleElement()
                .satisfies(plb -> assertThat(plb.amount()).isEqualByComparingTo("-1.27"));
        Reconciliation r = Reconciliation.of(header, paidTotal(era.claims()), 2);
        assertThat(r.status()).isEqualTo("BALANCED");
        assertThat(r.claimPaidTotal()).isEqualByComparingTo("149998.73");
        assertThat(Reconciliation.of(header, paidTotal(era.claims()), 1).status()).isEqualTo("PENDING");
    }

    @Test
    void multipleClaimsSingleCheckPostsEveryClaimWithCopays() throws Exception {
        var era = read("835-stupidedi-multiple-claims-single-check.edi");
        assertThat(era.claims()).hasSize(9);
        expect(era.claims().get(0), "PAID", "132", "0", "94", "0");
        expect(era.claims().get(2), "PAID", "108", "24", "94", "0");
        expect(era.claims().get(3), "PAID", "14", "902", "229", "0");
        expect(era.claims().get(4), "PAID", "16.8", "44.2", "287", "0");
        assertThat(PostingRules.post(era.claims().get(3)).copay()).isEqualByComparingTo("902");
        // one check, one CLP01 repeated: each occurrence gets its own dedupe key
        assertThat(era.claims().stream().map(RemitClaim::dedupeKey).distinct()).hasSize(9);
        assertThat(Reconciliation.of(era.eras().get(0), paidTotal(era.claims()), 9).status())
                .isEqualTo("BALANCED");
    }
}
