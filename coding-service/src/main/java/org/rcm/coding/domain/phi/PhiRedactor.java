package org.rcm.coding.domain.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes direct identifiers from a narrative before it is stored or shown beyond the coding decision. Each kind
 * is replaced by a bracketed label ([NAME], [DOB], [PHONE], [EMAIL], [SSN], [ADDRESS], [MEMBER_ID]). Rules are
 * patterns, not a model: they catch labelled and typical forms (see the test corpus) and leave clinical content,
 * session times and minutes intact so the note can still be coded from the redacted text.
 */
public final class PhiRedactor {
    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final String NAME = "[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?";
    private static final String DATE = "(?:\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4})";

    private record Rule(String label, Pattern pattern, int group) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("[EMAIL]", Pattern.compile("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b"), 0),
            new Rule("[SSN]", Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"), 0),
            new Rule("[SSN]", Pattern.compile("(?i:\\bssn:?\\s*)(\\d{9})\\b"), 1),
            new Rule("[PHONE]", Pattern.compile("(?:\\+1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\b\\d{3}[ .-])\\d{3}[ .-]\\d{4}\\b"),
                    0),
            new Rule("[DOB]", Pattern.compile("(?i:\\b(?:dob|d\\.o\\.b\\.|date of birth|born(?: on)?)\\s*:?\\s*)("
                    + DATE + ")", I), 1),
            new Rule("[MEMBER_ID]", Pattern.compile("(?i:\\b(?:member|subscriber|insurance|policy|medicaid|medicare)"
                    + "(?: id| number| no\\.?| #)?\\s*(?:is|:|#)?\\s*)([A-Z0-9][A-Z0-9-]{5,19})\\b"), 1),
            new Rule("[MEMBER_ID]", Pattern.compile("(?i:\\b(?:mrn|medical record number)\\s*:?\\s*)([A-Z0-9-]{5,20})"
                    + "\\b"), 1),
            new Rule("[ADDRESS]", Pattern.compile("\\b\\d{1,6} (?:[A-Z][a-z]+ ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"
                    + "Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl)\\b\\.?(?:,? (?:Apt|Unit|Suite) "
                    + "\\w+)?(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?,? [A-Z]{2} \\d{5}(?:-\\d{4})?)?"), 0),
            new Rule("[NAME]", Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? (" + NAME + "(?: " + NAME + ")?)"), 1),
            new Rule("[NAME]", Pattern.compile("(?i:\\b(?:patient name|client name|name|named|patient|client|"
                    + "mother|father|mom|dad|wife|husband|spouse|partner|son|daughter|sister|brother|guardian|"
                    + "grandmother|grandfather|aunt|uncle|friend|teacher|boyfriend|girlfriend)\\s*(?:is|:|,)?\\s*)"
                    + "(" + NAME + "(?: " + NAME + ")?)"), 1));

    /** Words that look like names after a relation word but are clinical or ordinary text. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:The|This|He|She|They|We|I|It|Was|Is|Has|Had|"
            + "Reports?|Reported|States?|Stated|Presented|Denies|Denied|Present|Attended|Joined|And|But|Who|"
            + "Session|Patient|Client|Mother|Father|Family|Video|Telehealth|Therapy|Today|Continues|Will|"
            + "Appeared|Engaged|Participated|Discussed|Identified|Agreed|Arrived|Met)\\b.*");

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        record Hit(int start, int end, String label) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                String found = m.group(rule.group());
                if (rule.label().equals("[NAME]") && NOT_A_NAME.matcher(found).matches()) {
                    continue;
                }
                if (rule.label().equals("[MEMBER_ID]") && !found.matches(".*\\d.*")) {
                    continue;
                }
                hits.add(new Hit(m.start(rule.group()), m.end(rule.group()), rule.label()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Hit h : hits) {
            if (h.start() < at) {
                continue;
            }
            out.append(text, at, h.start()).append(h.label());
            at = h.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
