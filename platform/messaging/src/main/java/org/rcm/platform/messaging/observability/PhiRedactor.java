package org.rcm.platform.messaging.observability;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks values that look like PHI in free text (log lines): SSNs, e-mail addresses, phone numbers, dates (birth
 * dates), and labelled member ids / names. A last line of defence: code must not log PHI in the first place.
 */
public final class PhiRedactor {
    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"), "[SSN]"),
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), "[EMAIL]"),
            new Rule(Pattern.compile("(?<!\\d)(\\(\\d{3}\\)\\s?|\\d{3}[-.\\s])\\d{3}[-.\\s]\\d{4}(?!\\d)"), "[PHONE]"),
            new Rule(Pattern.compile("\\b(19|20)\\d{2}-[01]\\d-[0-3]\\d\\b"), "[DATE]"),
            new Rule(Pattern.compile("\\b[01]?\\d/[0-3]?\\d/(19|20)\\d{2}\\b"), "[DATE]"),
            new Rule(Pattern.compile("(?i)\\b(member ?id|memberId|subscriber ?id|dob|date of birth|ssn|patient name"
                    + "|lastName|firstName)(\\s*[:=]\\s*)(\"?)[^\",;\\s]+(\\s[^\",;\\s]+)?"), "$1$2$3[REDACTED]"));

    private PhiRedactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule rule : RULES) {
            out = rule.pattern().matcher(out).replaceAll(rule.replacement());
        }
        return out;
    }
}
