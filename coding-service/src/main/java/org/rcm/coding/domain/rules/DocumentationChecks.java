package org.rcm.coding.domain.rules;

import org.rcm.coding.domain.codeset.IcdCode;
import org.rcm.coding.domain.codeset.IcdLookup;
import org.rcm.coding.domain.note.DiagnosisMatcher;
import org.rcm.coding.domain.note.Finding;
import org.rcm.coding.domain.note.NoteAnalyzer;
import org.rcm.coding.domain.note.NoteFindings;
import org.rcm.platform.events.coding.SessionDocumented;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Audit-risk flags about the documentation (the codes are still suggested; a coder decides). Flags are
 * {@code NAME} or {@code NAME:detail} where detail is a code, never note text.
 */
public final class DocumentationChecks {
    /** Stated minutes may differ from the start/stop span by this much before it is flagged. */
    static final int TIME_TOLERANCE = 5;

    private DocumentationChecks() {
    }

    public static List<String> check(SessionDocumented s, SessionFacts facts, NoteFindings f, List<String> diagnoses,
                                     IcdLookup icd, DiagnosisMatcher matcher) {
        List<String> flags = new ArrayList<>();
        time(s, f, flags);
        if (diagnoses.isEmpty()) {
            flags.add("NO_DIAGNOSIS");
        }
        for (String dx : diagnoses) {
            String code = IcdCode.undotted(dx);
            Optional<IcdCode> valid = icd.on(code, s.dateOfService());
            if (valid.isEmpty()) {
                flags.add(icd.history(code).isEmpty() ? "DX_UNKNOWN:" + dx : "DX_INVALID_ON_DOS:" + dx);
                continue;
            }
            if (!valid.get().billable()) {
                flags.add("DX_NOT_BILLABLE:" + dx);
                continue;
            }
            if (valid.get().longTitle().toLowerCase(Locale.ROOT).contains("unspecified")) {
                for (Finding m : f.of("DIAGNOSIS")) {
                    IcdCode found = matcher.get(m.value());
                    if (found != null && !found.code().equals(code) && found.code().startsWith(code.substring(0, 3))
                            && !found.longTitle().toLowerCase(Locale.ROOT).contains("unspecified")
                            && !diagnoses.contains(found.dotted())) {
                        flags.add("DX_UNSPECIFIED_NOTE_MORE_SPECIFIC:" + dx + ">" + found.dotted());
                        break;
                    }
                }
            }
        }
        if (s.narrative() == null || s.narrative().isBlank()) {
            flags.add("NO_NARRATIVE");
        } else if (!f.has("NECESSITY")) {
            flags.add("NO_MEDICAL_NECESSITY_LANGUAGE");
        }
        f.first("MODALITY").map(Finding::value).filter(m -> !m.equals(s.modality()))
                .filter(m -> f.of("MODALITY").stream().noneMatch(x -> x.value().equals(s.modality())))
                .ifPresent(m -> flags.add("MODALITY_MISMATCH:" + m));
        if (f.has("PATIENT_ABSENT") && facts.patientPresent()) {
            flags.add("PATIENT_PRESENCE_MISMATCH");
        }
        return flags;
    }

    private static void time(SessionDocumented s, NoteFindings f, List<String> flags) {
        Integer span = Coder.span(s);
        if (s.startTime() != null && s.endTime() != null && span == null) {
            flags.add("START_STOP_INVALID");
        }
        Finding stated = NoteAnalyzer.psychotherapyMinutes(s.narrative() == null ? "" : s.narrative(), f);
        boolean em = "EM_WITH_PSYCHOTHERAPY".equals(s.serviceType());
        if (span != null) {
            if (s.minutes() != null && inconsistent(s.minutes(), span, em)) {
                flags.add("TIME_INCONSISTENT_WITH_START_STOP");
            } else if (stated != null && inconsistent(Integer.parseInt(stated.value()), span,
                    em && stated.kind().equals("MINUTES"))) {
                flags.add("TIME_INCONSISTENT_WITH_START_STOP");
            }
        } else if (s.minutes() != null && stated != null
                && Math.abs(Integer.parseInt(stated.value()) - s.minutes()) > TIME_TOLERANCE) {
            flags.add("TIME_INCONSISTENT_WITH_NOTE");
        }
    }

    /** With E/M the psychotherapy minutes are a part of the visit: only more than the span is inconsistent. */
    private static boolean inconsistent(int minutes, int span, boolean partOfVisit) {
        return partOfVisit ? minutes > span + TIME_TOLERANCE : Math.abs(minutes - span) > TIME_TOLERANCE;
    }
}
