package org.rcm.remittance.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcm.remittance.domain.Era835.cas;
import static org.rcm.remittance.domain.Era835.svc;

/** Generated ERAs through the real 835 reader and the posting planner, over books kept in memory. */
class GeneratedEraPostingTest {
    static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    InMemoryBook book;

    @BeforeEach
    void books() {
        book = new InMemoryBook();
        claim("PCN-A", "claim-a", "180.00", new ClaimLineRef(1, "A-1", "90837", List.of("HO", "95"), 1,
                new BigDecimal("150.00"), DOS), new ClaimLineRef(2, "A-2", "90785", List.of(), 1,
                new BigDecimal("30.00"), DOS));
        claim("PCN-B", "claim-b", "180.00", new ClaimLineRef(1, null, "90837", List.of("HO", "95"), 1,
                new BigDecimal("180.00"), DOS));
        claim("PCN-C", "claim-c", "120.00", new ClaimLineRef(1, null, "90834", List.of(), 1,
                new BigDecimal("120.00"), DOS));
    }

    void claim(String pcn, String id, String charge, ClaimLineRef... lines) {
        book.claims.put(pcn, new ClaimInfo(id, pcn, "PAYER1", "pt-" + id, new BigDecimal(charge), DOS, "P",
                List.of(lines)));
    }

    @Test
    void fullDenialWithLineDetail() throws Exception {
        var era = new Era835("T-DENY").claim("PCN-C", "4", "120", "0", null, "PC1",
                svc("90834", "120", "0", 1, "20261102", null, "CO:197:120")).read();
        var plan = book.post(era.claims().get(0));
        assertThat(plan.kind()).isEqualTo(PostingPlanner.Kind.POST);
        assertThat(plan.posting().status()).isEqualTo("DENIED");
        assertThat(plan.posting().fullDenial()).isTrue();
        assertThat(plan.posting().denied()).isEqualByComparingTo("120");
        assertThat(plan.posting().deniedLines()).singleElement()
                .satisfies(l -> assertThat(l.adjustments().get(0).reason()).isEqualTo("197"));
    }

    @Test
    void partialPaymentDeniesOneLineAndSplitsPatientShare() throws Exception {
        var era = new Era835("T-PART").claim("PCN-A", "1", "180", "100", "20", "PA1",
                svc("90837:HO:95", "150", "100", 1, "20261102", "A-1", "CO:45:10", "PR:3:20", "PR:1:20"),
                svc("90785", "30", "0", 1, "20261102", "A-2", "CO:97:30")).read();
        var plan = book.post(era.claims().get(0));
        var p = plan.posting();
        assertThat(p.status()).isEqualTo("PARTIALLY_PAID");
        assertThat(p.copay()).isEqualByComparingTo("20");
        assertThat(p.deductible()).isEqualByComparingTo("20");
        assertThat(p.patientResponsibility()).isEqualByComparingTo("40");
        assertThat(p.contractual()).isEqualByComparingTo("10");
        assertThat(p.denied()).isEqualByComparingTo("30");
        assertThat(p.allowed()).isEqualByComparingTo("140");
        assertThat(p.fullDenial()).isFalse();
        assertThat(p.deniedLines()).singleElement().satisfies(l -> assertThat(l.code()).isEqualTo("90785"));
        assertThat(plan.lines().matches()).extracting(m -> m.method().name())
                .containsExactly("CONTROL_NUMBER", "CONTROL_NUMBER");
    }

    @Test
    void modifierDroppedAndReorderedByPayerStillMatchesTheLine() throws Exception {
        var era = new Era835("T-MOD").claim("PCN-B", "1", "180", "150", null, "PB1",
                svc("90837:95", "180", "150", 1, "20261102", null, "CO:45:30")).read();
        var plan = book.post(era.claims().get(0));
        assertThat(plan.lines().matches().get(0).claimLineNumber()).isEqualTo(1);
        assertThat(plan.lines().matches().get(0).method()).isEqualTo(LineMatcher.Method.MODIFIERS_DROPPED);
        var reordered = LineMatcher.match(List.of(new RemitClaim.RemitLine("90837", null, List.of("95", "HO"),
                null, null, BigDecimal.ONE, null, DOS, null, List.of(), List.of())),
                book.claims.get("PCN-B").lines());
        assertThat(reordered.matches().get(0).method()).isEqualTo(LineMatcher.Method.MODIFIERS_REORDERED);
    }

    @Test
    void bundledLineIsReportedAsBundled() throws Exception {
        var era = new Era835("T-BUN").claim("PCN-A", "1", "180", "150", null, "PA2",
                svc("90837:HO:95", "180", "150", 1, "20261102", null, "CO:45:30")).read();
        var plan = book.post(era.claims().get(0));
        assertThat(plan.lines().bundledClaimLines()).containsExactly(2);
        assertThat(PostedLine.of(era.claims().get(0), plan.lines())).extracting(PostedLine::matchMethod)
                .containsExactly("EXACT", "BUNDLED");
    }

    @Test
    void reversalUndoesTheEarlierPostingAndTheCorrectionPostsWithHistory() throws Exception {
        book.post(new Era835("T-1").claim("PCN-C", "1", "120", "100", null, "PC9",
                svc("90834", "120", "100", 1, "20261102", null, "CO:45:20")).read().claims().get(0));
        var era2 = new Era835("T-2")
                .claim("PCN-C", "22", "-120", "-100", null, "PC9", svc("90834", "-120", "-100", 1, "20261102",
                        null, "CO:45:-20"))
                .claim("PCN-C", "1", "120", "90", null, "PC10", svc("90834", "120", "90", 1, "20261102", null,
                        "CO:45:30")).read();
        var reversal = book.post(era2.claims().get(0));
        assertThat(reversal.posting().status()).isEqualTo("REVERSED");
        assertThat(reversal.reversesPaymentId()).isEqualTo("pay1");
        assertThat(reversal.posting().hasDenial()).isFalse();
        var correction = book.post(era2.claims().get(1));
        assertThat(correction.kind()).isEqualTo(PostingPlanner.Kind.POST);
        assertThat(book.reversedBy).containsEntry("pay1", "pay2");
        assertThat(book.netPaid("claim-c")).isEqualByComparingTo("90");
        assertThat(book.latestActivePosting("claim-c", "PAYER1")).contains("pay3");
        assertThat(Reconciliation.of(era2.eras().get(0), new BigDecimal("-10"), 2).status()).isEqualTo("BALANCED");
    }

    @Test
    void plbRecoupmentAndInterestReconcileAtPaymentLevel() throws Exception {
        var era = new Era835("T-PLB").claim("PCN-C", "1", "120", "100", null, "PC1",
                        svc("90834", "120", "100", 1, "20261102", null, "CO:45:20"))
                .plb("WO", "OVERPAY123", "40").plb("L6", "INT", "-2.50").read();
        Era header = era.eras().get(0);
        assertThat(header.paymentAmount()).isEqualByComparingTo("62.50");
        assertThat(header.providerAdjustments()).extracting(a -> a.reason()).containsExactly("WO", "L6");
        assertThat(Reconciliation.of(header, new BigDecimal("100"), 1).status()).isEqualTo("BALANCED");
        assertThat(Reconciliation.of(header, new BigDecimal("90"), 1).status()).isEqualTo("OUT_OF_BALANCE");
    }

    @Test
    void sameEraTwicePostsOnce() throws Exception {
        Era835 era = new Era835("T-DUP").claim("PCN-C", "1", "120", "100", null, "PC1",
                svc("90834", "120", "100", 1, "20261102", null, "CO:45:20"));
        assertThat(book.post(era.read().claims().get(0)).kind()).isEqualTo(PostingPlanner.Kind.POST);
        assertThat(book.post(era.read().claims().get(0)).kind()).isEqualTo(PostingPlanner.Kind.DUPLICATE);
        assertThat(book.postings).hasSize(1);
    }

    @Test
    void unmatchedPaymentWaitsWithCandidates() throws Exception {
        var era = new Era835("T-UN").claim("PCN-X", "1", "120", "100", null, "PX1",
                svc("90834", "120", "100", 1, "20261102", null, "CO:45:20")).read();
        var plan = book.post(era.claims().get(0));
        assertThat(plan.kind()).isEqualTo(PostingPlanner.Kind.UNMATCHED);
        assertThat(plan.candidates()).isNotEmpty();
        assertThat(plan.candidates().get(0).claimId()).isEqualTo("claim-c");
        // a user matches it: posting happens then
        var posted = PostingPlanner.planFor(plan.remit(), book.claims.get("PCN-C"), book);
        assertThat(posted.kind()).isEqualTo(PostingPlanner.Kind.POST);
        assertThat(posted.posting().paid()).isEqualByComparingTo("100");
    }

    @Test
    void secondaryClaimRequestedOnlyForProcessedAsPrimaryWithSecondaryOnFile() throws Exception {
        book.secondaryPayers.put("pt-claim-c", List.of("PAYER2"));
        var primary = new Era835("T-S1").claim("PCN-C", "1", "120", "80", "20", "PC1",
                svc("90834", "120", "80", 1, "20261102", null, "CO:45:20", "PR:2:20")).read();
        assertThat(book.post(primary.claims().get(0)).secondaryRequested()).isTrue();
        var crossedOver = new Era835("T-S2").claim("PCN-C", "19", "120", "80", "20", "PC1",
                svc("90834", "120", "80", 1, "20261102", null, "CO:45:20", "PR:2:20")).read();
        assertThat(book.post(crossedOver.claims().get(0)).secondaryRequested()).isFalse();
        book.secondaryPayers.clear();
        var noSecondary = new Era835("T-S3").claim("PCN-C", "1", "120", "80", "20", "PC1",
                svc("90834", "120", "80", 1, "20261102", null, "CO:45:20", "PR:2:20")).read();
        assertThat(book.post(noSecondary.claims().get(0)).secondaryRequested()).isFalse();
    }
}
