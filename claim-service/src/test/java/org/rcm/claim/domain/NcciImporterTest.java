package org.rcm.claim.domain;

import org.junit.jupiter.api.Test;
import org.rcm.claim.domain.ncci.NcciImporter;
import org.rcm.claim.domain.ncci.NcciTables;

import java.io.Reader;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NcciImporterTest {

    @Test
    void readsPractitionerPtpRowsSkippingNoticesAndRejectingBadRows() throws Exception {
        NcciTables.Builder b = NcciTables.builder();
        NcciImporter.Result r;
        try (Reader in = NcciFixtures.reader("/ncci/practitioner-ptp-sample.txt")) {
            r = NcciImporter.readPtp(in, b);
        }
        assertThat(r.loaded()).isEqualTo(5);
        assertThat(r.skipped()).isEqualTo(3);
        assertThat(r.rejectedLines()).containsExactly(9, 10);
        NcciTables t = b.build();
        LocalDate dos = LocalDate.of(2026, 11, 2);
        assertThat(t.ptp("90792", "90791", dos).modifierIndicator()).isEqualTo('0');
        assertThat(t.ptp("90791", "96127", dos).modifierIndicator()).isEqualTo('1');
        assertThat(t.ptp("90791", "90792", dos)).as("pairs are ordered column 1 → column 2").isNull();
        assertThat(t.ptp("90853", "90832", dos)).as("deleted 2020-01-01").isNull();
        assertThat(t.ptp("90853", "90832", LocalDate.of(2019, 12, 31))).isNotNull();
        assertThat(t.ptp("90847", "90846", dos)).as("effective 2027").isNull();
    }

    @Test
    void readsPractitionerMueCsvWithQuotedIndicators() throws Exception {
        NcciTables.Builder b = NcciTables.builder();
        NcciImporter.Result r;
        try (Reader in = NcciFixtures.reader("/ncci/practitioner-mue-sample.csv")) {
            r = NcciImporter.readMue(in, b);
        }
        assertThat(r.loaded()).isEqualTo(4);
        assertThat(r.rejectedLines()).containsExactly(7);
        NcciTables t = b.build();
        assertThat(t.mue("96127").units()).isEqualTo(3);
        assertThat(t.mue("96127").adjudicationIndicator()).isEqualTo(3);
        assertThat(t.mue("96127").rationale()).isEqualTo("Clinical: Data");
        assertThat(t.mue("90853").perDateOfService()).isFalse();
        assertThat(t.mue("90791").perDateOfService()).isTrue();
        assertThat(t.mue("99999")).isNull();
    }
}
