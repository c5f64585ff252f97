package org.rcm.coding.domain.note;

import org.rcm.coding.domain.codeset.IcdCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps diagnosis mentions in a note to ICD-10-CM codes through the code-set descriptions: a billable code's long
 * title (lower-cased, at least 12 characters) found verbatim in the note is a mention; a short list of clinical
 * synonyms (PTSD, GAD, MDD ...) points at a code whose title is then checked in the same code set. Overlapping
 * matches: the longest wins (so "major depressive disorder, recurrent, moderate" beats shorter titles).
 */
public final class DiagnosisMatcher {
    /** Clinical shorthand → code (only used when that code is in the code set given). */
    static final Map<String, String> SYNONYMS = new LinkedHashMap<>();

    static {
        SYNONYMS.put("chronic ptsd", "F4312");
        SYNONYMS.put("acute ptsd", "F4311");
        SYNONYMS.put("ptsd", "F4310");
        SYNONYMS.put("generalized anxiety", "F411");
        SYNONYMS.put("gad", "F411");
        SYNONYMS.put("panic attacks", "F410");
        SYNONYMS.put("social anxiety", "F4010");
        SYNONYMS.put("mdd", "F329");
        SYNONYMS.put("major depression", "F329");
        SYNONYMS.put("adhd", "F909");
        SYNONYMS.put("ocd", "F429");
        SYNONYMS.put("insomnia", "G4700");
        SYNONYMS.put("alcohol use disorder", "F1090");
        SYNONYMS.put("opioid use disorder", "F1190");
    }

    private final Map<String, String> phrases = new HashMap<>();
    private final Map<String, IcdCode> codes = new HashMap<>();

    public DiagnosisMatcher(List<IcdCode> candidates) {
        for (IcdCode c : candidates) {
            codes.put(c.code(), c);
            String title = c.longTitle().toLowerCase(Locale.ROOT);
            if (c.billable() && title.length() >= 12) {
                phrases.putIfAbsent(title, c.code());
            }
        }
        SYNONYMS.forEach((phrase, code) -> {
            if (codes.containsKey(code)) {
                phrases.putIfAbsent(phrase, code);
            }
        });
    }

    /** True if the code (with or without dot) is in the candidate set. */
    public boolean knows(String code) {
        return codes.containsKey(IcdCode.undotted(code));
    }

    public IcdCode get(String code) {
        return codes.get(IcdCode.undotted(code));
    }

    public List<Finding> mentions(String note) {
        String lower = note.toLowerCase(Locale.ROOT);
        List<Finding> all = new ArrayList<>();
        phrases.forEach((phrase, code) -> {
            int at = lower.indexOf(phrase);
            while (at >= 0) {
                int end = at + phrase.length();
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                boolean wordEnd = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (wordStart && wordEnd) {
                    all.add(new Finding("DIAGNOSIS", code, at, end, note.substring(at, end)));
                }
                at = lower.indexOf(phrase, at + 1);
            }
        });
        all.sort(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed()
                .thenComparingInt(Finding::start).thenComparing(Finding::value));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : all) {
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }
}
