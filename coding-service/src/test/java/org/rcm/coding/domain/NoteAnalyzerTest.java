package org.rcm.coding.domain;

import org.junit.jupiter.api.Test;
import org.rcm.coding.domain.codeset.FallbackIcd;
import org.rcm.coding.domain.note.DiagnosisMatcher;
import org.rcm.coding.domain.note.Finding;
import org.rcm.coding.domain.note.NoteAnalyzer;
import org.rcm.coding.domain.note.NoteFindings;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NoteAnalyzerTest {
    final NoteAnalyzer analyzer = new NoteAnalyzer(new DiagnosisMatcher(
            FallbackIcd.get().validOn(LocalDate.of(2026, 3, 2), "F", "Z63", "G47", "R45")));

    @Test
    void everyFindingKeepsItsSpan() {
        String note = "Video session 1:05 pm to 2:00 pm. Psychotherapy for 50 minutes using CBT for generalized "
                + "anxiety disorder; treatment goal: reduce worry. Mother present.";
        NoteFindings f = analyzer.analyze(note);
        for (Finding x : f.findings()) {
            assertThat(note.substring(x.start(), x.end())).isEqualTo(x.text());
        }
        assertThat(f.first("TIME_RANGE").orElseThrow().value()).isEqualTo("55");
        assertThat(f.first("MINUTES").orElseThrow().value()).isEqualTo("50");
        assertThat(f.first("MODALITY").orElseThrow().value()).isEqualTo("VIDEO");
        assertThat(f.first("FAMILY").orElseThrow().value()).isEqualTo("mother");
        assertThat(f.of("DIAGNOSIS")).extracting(Finding::value).containsExactly("F411");
        assertThat(f.has("NECESSITY")).isTrue();
        assertThat(NoteAnalyzer.psychotherapyMinutes(note, f).value()).isEqualTo("50");
    }

    @Test
    void clockRangesAcrossNoonAndWithoutFirstMeridiem() {
        assertThat(range("Seen 11:30 to 12:20 pm.")).isEqualTo("50");
        assertThat(range("Session from 10:00 am - 10:45 am")).isEqualTo("45");
        assertThat(range("from 1:05 p.m. until 2:00 p.m.")).isEqualTo("55");
        assertThat(range("3 to 4 pm")).isEqualTo("60");
    }

    @Test
    void timeRangeIsUsedWhenNoTherapyMinutesAreStated() {
        String note = "Session held 1:05 pm to 2:00 pm, discussed 3 goals.";
        NoteFindings f = analyzer.analyze(note);
        assertThat(NoteAnalyzer.psychotherapyMinutes(note, f).value()).isEqualTo("55");
    }

    @Test
    void crisisInteractiveComplexityAndEmWork() {
        String note = "Client in crisis with suicidal ideation with plan; safety plan completed. Play therapy materials"
                + " used; mandated report to CPS. Med management 99214, dose increased.";
        NoteFindings f = analyzer.analyze(note);
        assertThat(f.of("CRISIS")).extracting(Finding::value)
                .contains("crisis", "suicidal ideation with plan", "safety plan");
        assertThat(f.of("INTERACTIVE_COMPLEXITY")).extracting(Finding::value)
                .contains("play therapy", "mandated report");
        assertThat(f.first("EM_CODE").orElseThrow().value()).isEqualTo("99214");
        assertThat(f.of("EM_WORK")).extracting(Finding::value).contains("med management", "dose increased");
    }

    @Test
    void participantsAndModality() {
        NoteFindings f = analyzer.analyze("Telephone session with parents; patient not present. Group of 7.");
        assertThat(f.first("MODALITY").orElseThrow().value()).isEqualTo("AUDIO_ONLY");
        assertThat(f.has("PATIENT_ABSENT")).isTrue();
        assertThat(f.first("GROUP_SIZE").orElseThrow().value()).isEqualTo("7");
    }

    @Test
    void longestDiagnosisMentionWinsAndExplicitCodesAreFound() {
        String note = "Dx: major depressive disorder, recurrent, moderate (F33.1). Also chronic PTSD.";
        NoteFindings f = analyzer.analyze(note);
        assertThat(f.of("DIAGNOSIS")).extracting(Finding::value).containsExactly("F331", "F331", "F4312");
    }

    private String range(String note) {
        return analyzer.analyze(note).first("TIME_RANGE").orElseThrow().value();
    }
}
