package org.rcm.platform.x12;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A view of the current segment inside the tokenizer's buffer. It is reused: its content is only valid
 * until the tokenizer moves on. Element positions are 1-based (element 0 is the segment id);
 * absent and empty elements read as {@code null}.
 */
public final class Segment {
    private static final String[] ID_CACHE = new String[37 * 37 * 37];

    byte[] buf;
    int start;
    int end;
    int[] seps = new int[32];
    int sepCount;
    int elementSep;
    int componentSep;
    int repetitionSep = -1;
    String id;
    boolean validId;
    long ordinal;
    long offset;

    /** Segment identifier such as {@code CLP}; for an unreadable identifier a placeholder {@code "?"}. */
    public String id() {
        return id;
    }

    /** False when the identifier is not 2 or 3 upper-case letters or digits. */
    public boolean hasValidId() {
        return validId;
    }

    /** 1-based ordinal of the segment in the input. */
    public long ordinal() {
        return ordinal;
    }

    /** Byte offset of the segment's first byte in the input. */
    public long offset() {
        return offset;
    }

    /** Number of data elements present (trailing empty elements included). */
    public int elementCount() {
        return sepCount;
    }

    int elementStart(int i) {
        return start + seps[i - 1] + 1;
    }

    int elementEnd(int i) {
        return i < sepCount ? start + seps[i] : end;
    }

    /** True when element {@code i} is absent or empty. */
    public boolean isBlank(int i) {
        return i < 1 || i > sepCount || elementStart(i) >= elementEnd(i);
    }

    /** Raw element text (repetitions and components included), or null when absent or empty. */
    public String element(int i) {
        if (isBlank(i)) {
            return null;
        }
        int s = elementStart(i);
        return new String(buf, s, elementEnd(i) - s, StandardCharsets.UTF_8);
    }

    /** Element text with surrounding spaces removed (for fixed-width ISA fields), or null when blank. */
    public String trimmed(int i) {
        String v = element(i);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** Length in bytes of element {@code i} (0 when absent). */
    public int length(int i) {
        return isBlank(i) ? 0 : elementEnd(i) - elementStart(i);
    }

    /** True when element {@code i} equals {@code value} exactly (ASCII comparison, no allocation). */
    public boolean is(int i, String value) {
        if (i < 1 || i > sepCount) {
            return value.isEmpty();
        }
        int s = elementStart(i);
        int e = elementEnd(i);
        if (e - s != value.length()) {
            return false;
        }
        for (int k = 0; k < value.length(); k++) {
            if (buf[s + k] != value.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Component {@code j} (1-based) of the first repetition of element {@code i}, or null when blank. */
    public String component(int i, int j) {
        if (isBlank(i)) {
            return null;
        }
        return componentOf(elementStart(i), firstRepetitionEnd(i), j);
    }

    /** Number of components in the first repetition of element {@code i} (0 when blank). */
    public int componentCount(int i) {
        if (isBlank(i)) {
            return 0;
        }
        int n = 1;
        for (int k = elementStart(i), e = firstRepetitionEnd(i); k < e; k++) {
            if (buf[k] == componentSep) {
                n++;
            }
        }
        return n;
    }

    /** Components of the first repetition of element {@code i}; empty components are null. */
    public List<String> components(int i) {
        List<String> out = new ArrayList<>(4);
        if (isBlank(i)) {
            return out;
        }
        split(elementStart(i), firstRepetitionEnd(i), componentSep, out);
        return out;
    }

    /** Repetitions of element {@code i} (a single one when the envelope has no repetition separator). */
    public List<String> repetitions(int i) {
        List<String> out = new ArrayList<>(4);
        if (isBlank(i)) {
            return out;
        }
        if (repetitionSep < 0) {
            out.add(element(i));
        } else {
            split(elementStart(i), elementEnd(i), repetitionSep, out);
            out.removeIf(v -> v == null);
        }
        return out;
    }

    /** Number of repetitions of element {@code i}. */
    public int repetitionCount(int i) {
        if (isBlank(i) || repetitionSep < 0) {
            return isBlank(i) ? 0 : 1;
        }
        int n = 1;
        for (int k = elementStart(i), e = elementEnd(i); k < e; k++) {
            if (buf[k] == repetitionSep) {
                n++;
            }
        }
        return n;
    }

    /** Decimal value of element {@code i}; null when blank or not a valid X12 numeric (use {@link #isBlank}). */
    public BigDecimal decimal(int i) {
        if (isBlank(i)) {
            return null;
        }
        return parseDecimal(buf, elementStart(i), elementEnd(i));
    }

    /** Decimal value of component {@code j} of element {@code i}; null when blank or invalid. */
    public BigDecimal decimal(int i, int j) {
        String v = component(i, j);
        if (v == null) {
            return null;
        }
        byte[] b = v.getBytes(StandardCharsets.ISO_8859_1);
        return parseDecimal(b, 0, b.length);
    }

    /** CCYYMMDD date of element {@code i}; null when blank or not a valid calendar date. */
    public LocalDate date(int i) {
        if (isBlank(i)) {
            return null;
        }
        int s = elementStart(i);
        return Values.date8(buf, s, elementEnd(i) - s);
    }

    /** The whole segment as text (for diagnostics in tests only: it may contain PHI). */
    public String text() {
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Segment[" + id + " #" + ordinal + "]";
    }

    private int firstRepetitionEnd(int i) {
        int s = elementStart(i);
        int e = elementEnd(i);
        if (repetitionSep >= 0) {
            for (int k = s; k < e; k++) {
                if (buf[k] == repetitionSep) {
                    return k;
                }
            }
        }
        return e;
    }

    private String componentOf(int s, int e, int j) {
        int n = 1;
        int cs = s;
        for (int k = s; k <= e; k++) {
            if (k == e || buf[k] == componentSep) {
                if (n == j) {
                    return k > cs ? new String(buf, cs, k - cs, StandardCharsets.UTF_8) : null;
                }
                n++;
                cs = k + 1;
            }
        }
        return null;
    }

    private void split(int s, int e, int sep, List<String> out) {
        int cs = s;
        for (int k = s; k <= e; k++) {
            if (k == e || buf[k] == sep) {
                out.add(k > cs ? new String(buf, cs, k - cs, StandardCharsets.UTF_8) : null);
                cs = k + 1;
            }
        }
    }

    static BigDecimal parseDecimal(byte[] b, int s, int e) {
        int k = s;
        boolean neg = false;
        if (k < e && b[k] == '-') {
            neg = true;
            k++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; k < e; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                if (digits >= 18) {
                    return slowDecimal(b, s, e);
                }
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        return BigDecimal.valueOf(neg ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static BigDecimal slowDecimal(byte[] b, int s, int e) {
        try {
            return new BigDecimal(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** Resolves the identifier of the current segment; returns false when it is not 2-3 upper-case alphanumerics. */
    boolean resolveId() {
        int e = sepCount > 0 ? start + seps[0] : end;
        int len = e - start;
        if (len < 2 || len > 3) {
            return invalidId();
        }
        int key = 0;
        for (int k = start; k < e; k++) {
            int c = buf[k];
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0' + 1;
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 11;
            } else {
                return invalidId();
            }
            key = key * 37 + v;
        }
        if (len == 2) {
            key *= 37;
        }
        String cached = ID_CACHE[key];
        if (cached == null) {
            cached = new String(buf, start, len, StandardCharsets.ISO_8859_1).intern();
            ID_CACHE[key] = cached;
        }
        id = cached;
        validId = true;
        return true;
    }

    private boolean invalidId() {
        id = "?";
        validId = false;
        return false;
    }
}
