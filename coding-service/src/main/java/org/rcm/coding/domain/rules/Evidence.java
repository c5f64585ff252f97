package org.rcm.coding.domain.rules;

/**
 * Why a code or flag was produced: a short text and, when it came from the note, the character span
 * [start, end) of the (redacted) narrative. {@code start}/{@code end} are null for structured fields.
 */
public record Evidence(String text, Integer start, Integer end) {

    public static Evidence field(String text) {
        return new Evidence(text, null, null);
    }

    public static Evidence note(String text, int start, int end) {
        return new Evidence(text, start, end);
    }
}
