package org.rcm.coding.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rcm.coding.domain.phi.PhiRedactor;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test corpus: each row is a note (invented), the identifiers that must disappear, and the clinical text that must
 * survive (so the redacted note can still be coded). Columns separated by " || ", lists by " ;; ".
 */
class PhiRedactorTest {
    static final String CORPUS = """
            Patient John Smith seen for 53 minutes. || John Smith || 53 minutes
            Mr. Alvarez reports less worry; treatment goal reviewed. || Alvarez || treatment goal reviewed
            DOB: 04/12/1987. Generalized anxiety disorder. || 04/12/1987 || Generalized anxiety disorder
            Date of birth 1987-04-12, session 1:05 pm to 2:00 pm. || 1987-04-12 || 1:05 pm to 2:00 pm
            born on March 3, 1990; PTSD symptoms improving || March 3, 1990 || PTSD symptoms improving
            Call back at (312) 555-0199 or 312-555-0100. || (312) 555-0199 ;; 312-555-0100 || Call back at
            Email jane.doe@example.org for the plan. || jane.doe@example.org || for the plan
            SSN 123-45-6789 on file. || 123-45-6789 || on file
            ssn: 123456789 || 123456789 || ssn
            Lives at 42 Oak Street, Springfield, IL 62704 with spouse. || 42 Oak Street ;; 62704 || with spouse
            Lives at 1200 North Lake Shore Drive, Apt 5 || 1200 North Lake Shore Drive ;; Apt 5 || Lives at
            Member ID: XJH123456789 verified. || XJH123456789 || verified
            Medicaid # 00123456A active. || 00123456A || active
            MRN: 778899 reviewed. || 778899 || reviewed
            Mother Maria attended; father absent. || Maria || attended; father absent
            His wife, Laura Chen, joined for 20 minutes. || Laura Chen || joined for 20 minutes
            Dr. Patel consulted about the dose. || Patel || consulted about the dose
            Client name: Ana-Maria Lopez. Depression, unspecified. || Ana-Maria Lopez || Depression, unspecified
            Mother reported the child slept better. || - || Mother reported the child slept better
            Video session, patient at home, 45 minutes of psychotherapy. || - || Video session, patient at home, 45 minutes of psychotherapy
            """;

    static Stream<String> rows() {
        return CORPUS.lines().filter(l -> !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void identifiersGoClinicalTextStays(String row) {
        String[] c = row.split(" \\|\\| ");
        String redacted = new PhiRedactor().redact(c[0]);
        if (!c[1].equals("-")) {
            for (String phi : c[1].split(" ;; ")) {
                assertThat(redacted).as(c[0]).doesNotContain(phi);
            }
            assertThat(redacted).contains("[");
        } else {
            assertThat(redacted).isEqualTo(c[0]);
        }
        assertThat(redacted).contains(c[2]);
    }
}
