package org.rcm.coding.domain.note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic, explainable reading of a session narrative: regular expressions over the text, every finding
 * keeps its span. No statistics, no model: the same note always gives the same findings.
 */
public final class NoteAnalyzer {
    private static final int I = Pattern.CASE_INSENSITIVE;
    static final Pattern MINUTES = Pattern.compile("\\b(\\d{1,3})[- ]?(?:minutes?|mins?)\\b", I);
    static final Pattern RANGE = Pattern.compile(
            "\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])?\\.?m?\\.?\\s*(?:to|until|-|–)\\s*(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\b\\.?",
            I);
    static final Pattern THERAPY_WORD = Pattern.compile("psychotherap|therapy|counsel", I);
    static final Pattern VIDEO = Pattern.compile("\\b(video|zoom|doxy|telehealth platform|audio[- ]?visual|"
            + "synchronous audio and video)\\b", I);
    static final Pattern AUDIO = Pattern.compile("\\b(audio[- ]only|telephone|by phone|phone session|"
            + "over the phone)\\b", I);
    static final Pattern IN_PERSON = Pattern.compile("\\b(in[- ]person|in (?:the )?office|face[- ]to[- ]face)\\b",
            I);
    static final Pattern PATIENT_ABSENT = Pattern.compile("\\b(without the (?:patient|client|child)|"
            + "(?:patient|client|child) (?:was )?not present|(?:patient|client) absent)\\b", I);
    static final Pattern FAMILY = Pattern.compile("\\b(mother|father|parents?|spouse|wife|husband|partner|"
            + "caregivers?|guardian|family members?|siblings?)\\b", I);
    static final Pattern GROUP_SIZE = Pattern.compile("\\b(\\d{1,2}) (?:group )?(?:members|participants|clients|"
            + "patients)\\b|\\bgroup of (\\d{1,2})\\b", I);
    static final Pattern INTERPRETER = Pattern.compile("\\b(interpreter|translator)\\b", I);
    static final Pattern CRISIS = Pattern.compile("\\b(suicidal ideation with (?:a )?plan|suicidal|"
            + "homicidal|imminent (?:risk|danger)|safety plan(?:ning)?|crisis|psychotic break|acute distress|"
            + "danger to (?:self|others))\\b", I);
    static final Pattern IC = Pattern.compile("\\b(play (?:therapy|equipment|materials)|"
            + "maladaptive communication|mandated report(?:ing|er)?|reported to (?:cps|dcfs|child protective "
            + "services|adult protective services)|caregiver'?s? (?:emotions|behaviou?rs?) interfer\\w*|"
            + "sentinel event|sign language)\\b", I);
    static final Pattern EM_CODE = Pattern.compile("\\b(992(?:0[2-5]|1[2-5]|2[1-3]|3[1-3]|0[4-9]|10|4[1-9]|50))\\b");
    static final Pattern EM_WORK = Pattern.compile("\\b(medication management|med management|prescribed|"
            + "prescription|refill(?:ed)?|dose (?:increased|decreased|adjusted)|titrat\\w+|vital signs|"
            + "blood pressure|physical exam(?:ination)?|labs? (?:ordered|reviewed)|side effects)\\b", I);
    static final Pattern NECESSITY = Pattern.compile("\\b(treatment (?:plan|goals?)|goals?|objectives?|"
            + "progress toward|medically necessary|medical necessity|functional impairment|impair\\w+|"
            + "symptoms?|interventions?)\\b", I);
    static final Pattern ICD_IN_TEXT = Pattern.compile("\\b([A-TV-Z][0-9][0-9AB]\\.[0-9A-TV-Z]{1,4}|"
            + "[A-TV-Z][0-9][0-9])\\b");

    private final DiagnosisMatcher diagnoses;

    public NoteAnalyzer(DiagnosisMatcher diagnoses) {
        this.diagnoses = diagnoses;
    }

    public NoteFindings analyze(String note) {
        List<Finding> out = new ArrayList<>();
        if (note == null || note.isBlank()) {
            return new NoteFindings(List.of());
        }
        minutes(note, out);
        ranges(note, out);
        simple(note, VIDEO, "MODALITY", "VIDEO", out);
        simple(note, AUDIO, "MODALITY", "AUDIO_ONLY", out);
        simple(note, IN_PERSON, "MODALITY", "IN_PERSON", out);
        simple(note, PATIENT_ABSENT, "PATIENT_ABSENT", "true", out);
        simple(note, FAMILY, "FAMILY", null, out);
        Matcher g = GROUP_SIZE.matcher(note);
        while (g.find()) {
            out.add(new Finding("GROUP_SIZE", g.group(1) != null ? g.group(1) : g.group(2), g.start(), g.end(),
                    g.group()));
        }
        simple(note, INTERPRETER, "INTERPRETER", "true", out);
        simple(note, CRISIS, "CRISIS", null, out);
        simple(note, IC, "INTERACTIVE_COMPLEXITY", null, out);
        simple(note, EM_CODE, "EM_CODE", null, out);
        simple(note, EM_WORK, "EM_WORK", null, out);
        simple(note, NECESSITY, "NECESSITY", null, out);
        Matcher c = ICD_IN_TEXT.matcher(note);
        while (c.find()) {
            if (diagnoses.knows(c.group(1))) {
                out.add(new Finding("DIAGNOSIS", c.group(1).replace(".", ""), c.start(), c.end(), c.group()));
            }
        }
        out.addAll(diagnoses.mentions(note));
        out.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
        return new NoteFindings(List.copyOf(out));
    }

    /**
     * Psychotherapy minutes stated in the narrative: a "N minutes" mention in a sentence about therapy wins,
     * else a clock range ("1:05 pm to 2:00 pm"), else the first "N minutes" mention. Null if none.
     */
    public static Finding psychotherapyMinutes(String note, NoteFindings f) {
        for (Finding m : f.of("MINUTES")) {
            if (THERAPY_WORD.matcher(sentence(note, m.start())).find()) {
                return m;
            }
        }
        return f.first("TIME_RANGE").or(() -> f.first("MINUTES")).orElse(null);
    }

    static String sentence(String note, int at) {
        int from = Math.max(0, Math.max(note.lastIndexOf('.', at - 1), note.lastIndexOf('\n', at - 1)) + 1);
        int dot = note.indexOf('.', at);
        int nl = note.indexOf('\n', at);
        int to = dot < 0 ? (nl < 0 ? note.length() : nl) : (nl < 0 ? dot : Math.min(dot, nl));
        return note.substring(from, Math.max(from, to));
    }

    private static void minutes(String note, List<Finding> out) {
        Matcher m = MINUTES.matcher(note);
        while (m.find()) {
            out.add(new Finding("MINUTES", m.group(1), m.start(), m.end(), m.group()));
        }
    }

    private static void ranges(String note, List<Finding> out) {
        Matcher m = RANGE.matcher(note);
        while (m.find()) {
            int h1 = Integer.parseInt(m.group(1));
            int m1 = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int h2 = Integer.parseInt(m.group(4));
            int m2 = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            if (h1 > 12 || h2 > 12 || h1 == 0 || h2 == 0 || m1 > 59 || m2 > 59) {
                continue;
            }
            boolean pm2 = m.group(6).equalsIgnoreCase("p");
            int end = to24(h2, pm2) * 60 + m2;
            int start;
            if (m.group(3) != null) {
                start = to24(h1, m.group(3).equalsIgnoreCase("p")) * 60 + m1;
            } else {
                start = to24(h1, pm2) * 60 + m1;
                if (start > end) {
                    start = to24(h1, !pm2) * 60 + m1;
                }
            }
            int minutes = end - start;
            if (minutes > 0 && minutes <= 720) {
                out.add(new Finding("TIME_RANGE", Integer.toString(minutes), m.start(), m.end(), m.group().trim()));
            }
        }
    }

    private static int to24(int h, boolean pm) {
        return (h % 12) + (pm ? 12 : 0);
    }

    private static void simple(String note, Pattern p, String kind, String value, List<Finding> out) {
        Matcher m = p.matcher(note);
        while (m.find()) {
            out.add(new Finding(kind, value != null ? value : m.group(1).toLowerCase(Locale.ROOT), m.start(),
                    m.end(), m.group()));
        }
    }
}
