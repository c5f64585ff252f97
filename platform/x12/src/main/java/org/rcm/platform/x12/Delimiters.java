package org.rcm.platform.x12;

/**
 * Separators of an interchange. {@code repetition} is 0 when the envelope has none (00401).
 * {@code suffix} is written after each segment terminator by writers (for example "\n"); readers ignore it.
 */
public record Delimiters(char element, char component, char repetition, char segment, String suffix) {

    public Delimiters {
        if (element == component || element == segment || component == segment
                || (repetition != 0 && (repetition == element || repetition == component || repetition == segment))) {
            throw new IllegalArgumentException("delimiters must be distinct");
        }
        if (Character.isLetterOrDigit(element) || Character.isLetterOrDigit(component)
                || Character.isLetterOrDigit(segment) || Character.isLetterOrDigit(repetition)) {
            throw new IllegalArgumentException("delimiters must not be letters or digits");
        }
        suffix = suffix == null ? "" : suffix;
    }

    /** {@code * : ^ ~} without line breaks. */
    public static Delimiters standard() {
        return new Delimiters('*', ':', '^', '~', "");
    }

    public Delimiters withSuffix(String s) {
        return new Delimiters(element, component, repetition, segment, s);
    }

    /** True when the character is one of the four delimiters. */
    public boolean isDelimiter(char c) {
        return c == element || c == component || c == segment || (repetition != 0 && c == repetition);
    }
}
