package org.rcm.coding.domain.rules;

import org.rcm.coding.domain.codeset.FallbackIcd;
import org.rcm.coding.domain.codeset.IcdCode;
import org.rcm.coding.domain.codeset.IcdLookup;
import org.rcm.coding.domain.note.DiagnosisMatcher;
import org.rcm.coding.domain.note.Finding;
import org.rcm.coding.domain.note.NoteAnalyzer;
import org.rcm.coding.domain.note.NoteFindings;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.coding.SessionDocumented;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The whole coding decision for one session, in plain Java: note analysis → facts → rule engine → documentation
 * checks. The narrative given must already be PHI-redacted (spans refer to the stored text).
 */
public final class Coder {
    /** Code prefixes offered to the diagnosis matcher (mental, behavioral and related Z/R/G codes). */
    static final String[] DX_PREFIXES = {"F", "Z63", "Z65", "Z91", "R45", "G47"};

    private final IcdLookup icd;
    private final RuleEngine engine = new RuleEngine();

    public Coder(IcdLookup icd) {
        this.icd = icd.loaded() ? icd : FallbackIcd.get();
    }

    public Suggestion suggest(SessionDocumented s, TelehealthProfile.Period profile) {
        String note = s.narrative() == null ? "" : s.narrative();
        DiagnosisMatcher matcher = new DiagnosisMatcher(icd.validOn(s.dateOfService(), DX_PREFIXES));
        NoteFindings findings = new NoteAnalyzer(matcher).analyze(note);
        List<String> flags = new ArrayList<>();
        SessionFacts facts = facts(s, note, findings, flags);
        CodingResult result = engine.code(facts, profile);
        flags.addAll(result.flags());
        List<String> diagnoses = s.diagnoses() == null ? List.of()
                : s.diagnoses().stream().map(d -> IcdCode.dotted(IcdCode.undotted(d))).toList();
        flags.addAll(DocumentationChecks.check(s, facts, findings, diagnoses, icd, matcher));
        List<Integer> pointers = IntStream.rangeClosed(1, Math.min(4, diagnoses.size())).boxed().toList();
        List<CodesAssigned.CodedLine> lines = result.lines().stream().map(l -> new CodesAssigned.CodedLine(l.code(),
                l.modifiers(), l.units(), l.minutes(), pointers, l.ruleId(), l.evidence().text(),
                l.evidence().start(), l.evidence().end())).toList();
        return new Suggestion(result.placeOfService(), diagnoses, lines, dedupe(flags), findings.findings());
    }

    static SessionFacts facts(SessionDocumented s, String note, NoteFindings f, List<String> flags) {
        Integer minutes = null;
        Evidence minutesEvidence = null;
        Finding stated = NoteAnalyzer.psychotherapyMinutes(note, f);
        Integer fieldSpan = span(s);
        if (s.minutes() != null) {
            minutes = s.minutes();
            minutesEvidence = Evidence.field(minutes + " minutes (minutes field)");
        } else if (stated != null && stated.kind().equals("MINUTES")
                && (fieldSpan == null || "EM_WITH_PSYCHOTHERAPY".equals(s.serviceType()))) {
            minutes = Integer.parseInt(stated.value());
            minutesEvidence = Evidence.note(stated.text(), stated.start(), stated.end());
        } else if (fieldSpan != null) {
            minutes = fieldSpan;
            minutesEvidence = Evidence.field(minutes + " minutes from start/stop " + s.startTime() + "-" + s.endTime());
        } else if (stated != null) {
            minutes = Integer.parseInt(stated.value());
            minutesEvidence = Evidence.note(stated.text() + " (" + minutes + " minutes)", stated.start(), stated.end());
        }
        String emCode = s.emCode();
        Evidence emEvidence = emCode == null ? null : Evidence.field("E/M " + emCode + " (emCode field)");
        if (emCode == null && f.has("EM_CODE")) {
            Finding em = f.first("EM_CODE").get();
            emCode = em.value();
            emEvidence = Evidence.note(em.text(), em.start(), em.end());
        }
        Evidence medical = emEvidence != null ? emEvidence : f.first("EM_WORK").map(Coder::evidence).orElse(null);
        SessionDocumented.Participants p = s.participants() == null
                ? new SessionDocumented.Participants(true, false, 0, false) : s.participants();
        int groupSize = p.groupSize();
        if (groupSize == 0 && f.has("GROUP_SIZE")) {
            groupSize = Integer.parseInt(f.first("GROUP_SIZE").get().value());
        }
        String type = s.serviceType() == null ? "UNKNOWN" : s.serviceType().toUpperCase(Locale.ROOT);
        String modality = s.modality() == null ? "IN_PERSON" : s.modality().toUpperCase(Locale.ROOT);
        if (s.modality() == null) {
            flags.add("MODALITY_MISSING");
        }
        return new SessionFacts(s.dateOfService(), type, modality, s.patientLocation(), minutes, minutesEvidence, p.patientPresent(), p.familyPresent(), groupSize,
                emCode, emEvidence, medical, f.first("INTERACTIVE_COMPLEXITY").map(Coder::evidence).orElse(null),
                f.first("CRISIS").map(Coder::evidence).orElse(null));
    }

    /** Minutes between the start and stop fields, or null. */
    static Integer span(SessionDocumented s) {
        if (s.startTime() == null || s.endTime() == null || !s.endTime().isAfter(s.startTime())) {
            return null;
        }
        return (int) Duration.between(s.startTime(), s.endTime()).toMinutes();
    }

    static Evidence evidence(Finding f) {
        return Evidence.note(f.text(), f.start(), f.end());
    }

    private static List<String> dedupe(List<String> flags) {
        return flags.stream().distinct().toList();
    }
}
