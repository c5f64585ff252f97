package org.rcm.coding.domain;

import org.junit.jupiter.api.Test;
import org.rcm.coding.domain.codeset.FallbackIcd;
import org.rcm.coding.domain.codeset.IcdCodeSet;
import org.rcm.coding.domain.codeset.IcdImporter;
import org.rcm.coding.domain.rules.Coder;
import org.rcm.coding.domain.rules.FrequencyCheck;
import org.rcm.coding.domain.rules.Suggestion;
import org.rcm.coding.domain.rules.TelehealthProfiles;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.coding.SessionDocumented;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The whole pipeline (note → facts → rules → documentation checks) on whole sessions. */
class CoderTest {
    static final LocalDate DOS = LocalDate.of(2026, 3, 2);
    static final String GOOD_NOTE = "Video session. Psychotherapy 55 minutes, CBT for generalized anxiety disorder;"
            + " progress toward treatment goals.";

    static SessionDocumented session(String type, LocalTime start, LocalTime end, Integer minutes, List<String> dx,
                                     String note, String emCode) {
        return new SessionDocumented("s1", "prac", "prov", "pat", "payer", DOS, start, end, minutes, "VIDEO", "HOME",
                type, new SessionDocumented.Participants(true, false, 0, false), dx, note, emCode);
    }

    static Suggestion code(SessionDocumented s) {
        return new Coder(FallbackIcd.get()).suggest(s,
                TelehealthProfiles.COMMERCIAL.periodOn(s.dateOfService()).orElseThrow());
    }

    @Test
    void cleanSessionHasEvidenceSpanAndNoFlags() {
        Suggestion s = code(session("PSYCHOTHERAPY", null, null, null, List.of("F41.1"), GOOD_NOTE, null));
        assertThat(s.codes()).containsExactly("90837");
        CodesAssigned.CodedLine line = s.lines().get(0);
        assertThat(GOOD_NOTE.substring(line.evidenceStart(), line.evidenceEnd())).isEqualTo("55 minutes");
        assertThat(line.ruleId()).isEqualTo("PSY-TIME-90837");
        assertThat(line.modifiers()).containsExactly("95");
        assertThat(line.diagnosisPointers()).containsExactly(1);
        assertThat(s.placeOfService()).isEqualTo("10");
        assertThat(s.flags()).isEmpty();
    }

    @Test
    void startStopWinsForPsychotherapyAndDisagreementIsFlagged() {
        Suggestion s = code(session("PSYCHOTHERAPY", LocalTime.of(13, 0), LocalTime.of(13, 40), null,
                List.of("F41.1"), GOOD_NOTE, null));
        assertThat(s.codes()).containsExactly("90834");
        assertThat(s.flags()).contains("TIME_INCONSISTENT_WITH_START_STOP");
    }

    @Test
    void emWithPsychotherapyTakesTherapyMinutesFromTheNote() {
        String note = "Med management 99214: sertraline dose increased. Psychotherapy 40 minutes, CBT; goals reviewed.";
        Suggestion s = code(session("EM_WITH_PSYCHOTHERAPY", LocalTime.of(9, 0), LocalTime.of(10, 0), null,
                List.of("F33.1"), note, null));
        assertThat(s.codes()).containsExactly("99214", "90836");
        assertThat(s.lines().get(0).evidence()).isEqualTo("99214");
        assertThat(s.flags()).doesNotContain("TIME_INCONSISTENT_WITH_START_STOP");
    }

    @Test
    void interactiveComplexityFromTheNoteAddsNinety785() {
        String note = "Play therapy materials used with the child for 45 minutes of psychotherapy; goals reviewed.";
        Suggestion s = code(session("PSYCHOTHERAPY", null, null, null, List.of("F43.22"), note, null));
        assertThat(s.codes()).containsExactly("90834", "90785");
        assertThat(s.lines().get(1).ruleId()).isEqualTo("IC-90785");
    }

    @Test
    void documentationFlags() {
        assertThat(code(session("PSYCHOTHERAPY", null, null, 45, List.of(), "CBT, 45 minutes.", null)).flags())
                .contains("NO_DIAGNOSIS", "NO_MEDICAL_NECESSITY_LANGUAGE");
        assertThat(code(session("PSYCHOTHERAPY", null, null, 45, List.of("F41"), GOOD_NOTE, null)).flags())
                .contains("DX_NOT_BILLABLE:F41");
        assertThat(code(session("PSYCHOTHERAPY", null, null, null, List.of("F41.1"), "CBT; goals.", null)).flags())
                .contains("TIME_MISSING");
        assertThat(code(session("PSYCHOTHERAPY", null, null, 45, List.of("F43.10"),
                "Chronic PTSD, nightmares; treatment goals reviewed.", null)).flags())
                .contains("DX_UNSPECIFIED_NOTE_MORE_SPECIFIC:F43.10>F43.12");
        assertThat(code(session("PSYCHOTHERAPY", null, null, 30, List.of("F41.1"),
                "Telephone session, 30 minutes; goals reviewed.", null)).flags()).contains("MODALITY_MISMATCH:AUDIO_ONLY");
        assertThat(code(session("PSYCHOTHERAPY", null, null, 30, List.of("F41.1"),
                "Psychotherapy 50 minutes; goals reviewed.", null)).flags()).contains("TIME_INCONSISTENT_WITH_NOTE");
    }

    @Test
    void diagnosisValidityByDateOfServiceIsAFlag() {
        SessionDocumented before = new SessionDocumented("s1", "p", "r", "pt", "payer", LocalDate.of(2021, 9, 30),
                null, null, 45, "IN_PERSON", "OFFICE", "PSYCHOTHERAPY",
                new SessionDocumented.Participants(true, false, 0, false), List.of("F32.A"), GOOD_NOTE, null);
        Suggestion s = new Coder(FallbackIcd.get()).suggest(before, null);
        assertThat(s.flags()).contains("DX_INVALID_ON_DOS:F32.A");
        assertThat(s.placeOfService()).isEqualTo("11");
        assertThat(code(session("PSYCHOTHERAPY", null, null, 45, List.of("F32.A"), GOOD_NOTE, null)).flags())
                .noneMatch(f -> f.startsWith("DX_"));
        assertThat(code(session("PSYCHOTHERAPY", null, null, 45, List.of("Z99.89"), GOOD_NOTE, null)).flags())
                .contains("DX_UNKNOWN:Z99.89");
    }

    @Test
    void realCodeSetMapsNoteMentionsAndFlagsF32aBeforeOctober2021() throws IOException {
        String dir = System.getProperty("rcm.shared.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "codesets/icd10cm")),
                "../shared/codesets/icd10cm not present");
        IcdCodeSet set = new IcdImporter(m -> { }).importDirectory(Path.of(dir, "codesets/icd10cm"));
        String note = "Psychotherapy 45 minutes for prolonged grief disorder after her husband's death; goals set.";
        SessionDocumented s = new SessionDocumented("s1", "p", "r", "pt", "payer", LocalDate.of(2021, 9, 30), null,
                null, null, "IN_PERSON", "OFFICE", "PSYCHOTHERAPY",
                new SessionDocumented.Participants(true, false, 0, false), List.of("F32.A"), note, null);
        Suggestion early = new Coder(set).suggest(s, null);
        assertThat(early.flags()).contains("DX_INVALID_ON_DOS:F32.A");
        assertThat(early.findings()).noneMatch(f -> f.kind().equals("DIAGNOSIS"));
        SessionDocumented later = new SessionDocumented("s1", "p", "r", "pt", "payer", LocalDate.of(2026, 3, 2), null,
                null, null, "IN_PERSON", "OFFICE", "PSYCHOTHERAPY",
                new SessionDocumented.Participants(true, false, 0, false), List.of("F43.81"), note, null);
        Suggestion s2 = new Coder(set).suggest(later, null);
        assertThat(s2.flags()).noneMatch(f -> f.startsWith("DX_"));
        assertThat(s2.findings()).anyMatch(f -> f.kind().equals("DIAGNOSIS") && f.value().equals("F4381"));
        assertThat(s2.codes()).containsExactly("90834");
    }

    @Test
    void frequencyOutlier() {
        FrequencyCheck check = new FrequencyCheck(0.8, 10);
        assertThat(check.outlier(9, 10)).isTrue();
        assertThat(check.outlier(8, 10)).isFalse();
        assertThat(check.outlier(9, 9)).isFalse();
    }
}
