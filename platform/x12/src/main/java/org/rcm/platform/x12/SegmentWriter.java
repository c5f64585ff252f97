package org.rcm.platform.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Low-level segment writer: buffers bytes, drops trailing empty elements and components, counts segments
 * since the last {@link #resetCount()} (for SE01). Values containing a delimiter are refused with
 * {@link IllegalArgumentException}: X12 has no escape mechanism.
 */
public final class SegmentWriter {
    private final OutputStream out;
    private final Delimiters d;
    private final byte[] suffix;
    private byte[] buf = new byte[1 << 16];
    private int len;
    private int pendingElements;
    private int count;
    private boolean open;

    public SegmentWriter(OutputStream out, Delimiters delimiters) {
        this.out = out;
        this.d = delimiters;
        this.suffix = delimiters.suffix().getBytes(StandardCharsets.UTF_8);
    }

    public Delimiters delimiters() {
        return d;
    }

    /** Segments written since the last reset (an ST resets it to 0 before being written). */
    public int count() {
        return count;
    }

    public void resetCount() {
        count = 0;
    }

    /** Starts a segment. */
    public SegmentWriter start(String id) {
        if (open) {
            throw new IllegalStateException("segment not ended");
        }
        open = true;
        pendingElements = 0;
        ascii(id);
        return this;
    }

    /** Adds a simple element; null or empty leaves it empty. */
    public SegmentWriter add(String value) {
        if (value == null || value.isEmpty()) {
            pendingElements++;
            return this;
        }
        flushPending();
        text(value);
        return this;
    }

    public SegmentWriter add(BigDecimal value) {
        return add(value == null ? null : Amounts.format(value));
    }

    public SegmentWriter add(int value) {
        return add(Integer.toString(value));
    }

    /** CCYYMMDD. */
    public SegmentWriter add(LocalDate date) {
        if (date == null) {
            return add((String) null);
        }
        flushPending();
        int y = date.getYear();
        ensure(8);
        digits(y, 4);
        digits(date.getMonthValue(), 2);
        digits(date.getDayOfMonth(), 2);
        return this;
    }

    /** A composite element; trailing empty components are dropped. */
    public SegmentWriter composite(String... components) {
        int last = components.length - 1;
        while (last >= 0 && (components[last] == null || components[last].isEmpty())) {
            last--;
        }
        if (last < 0) {
            return add((String) null);
        }
        flushPending();
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                put((byte) d.component());
            }
            if (components[i] != null) {
                text(components[i]);
            }
        }
        return this;
    }

    /** A repeated simple element, joined with the repetition separator. */
    public SegmentWriter repeated(List<String> values) {
        if (values == null || values.isEmpty()) {
            return add((String) null);
        }
        if (d.repetition() == 0 && values.size() > 1) {
            throw new IllegalArgumentException("these delimiters have no repetition separator");
        }
        flushPending();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                put((byte) d.repetition());
            }
            text(values.get(i));
        }
        return this;
    }

    /** Ends the segment: writes the terminator and the suffix. */
    public void end() {
        if (!open) {
            throw new IllegalStateException("no segment started");
        }
        open = false;
        put((byte) d.segment());
        for (byte b : suffix) {
            put(b);
        }
        count++;
        if (len > buf.length - 4096) {
            flushBuffer();
        }
    }

    /** Writes raw bytes (used for the fixed-width ISA). */
    void raw(String s) {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
    }

    /** Writes buffered bytes to the stream and flushes it. */
    public void flush() {
        flushBuffer();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, len);
            len = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushPending() {
        put((byte) d.element());
        while (pendingElements > 0) {
            put((byte) d.element());
            pendingElements--;
        }
    }

    private void text(String s) {
        int n = s.length();
        ensure(n * 3);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == d.element() || c == d.component() || c == d.segment() || (d.repetition() != 0 && c == d.repetition())) {
                throw new IllegalArgumentException("value contains a delimiter character '" + c + "'");
            }
            if (c < 0x80) {
                buf[len++] = (byte) c;
            } else {
                byte[] enc = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte b : enc) {
                    buf[len++] = b;
                }
            }
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void digits(int v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buf[len + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += width;
    }

    private void put(byte b) {
        if (len == buf.length) {
            ensure(1);
        }
        buf[len++] = b;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            if (len > 0 && n < buf.length) {
                flushBuffer();
            }
            if (n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(n, buf.length * 2));
            }
        }
    }
}
