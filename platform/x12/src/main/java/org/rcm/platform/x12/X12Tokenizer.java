package org.rcm.platform.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streaming byte-level tokenizer. It learns the separators from each ISA header (element separator at
 * byte 4, repetition separator ISA11 at byte 83 for 00402 and later, component separator at byte 105 and
 * segment terminator at byte 106), skips a UTF-8 byte order mark, and skips CR, LF, spaces and tabs
 * between segments. Only the current segment is held in memory.
 *
 * <p>Fatal problems (no ISA, a truncated segment, inconsistent ISA separators) raise {@link X12Exception}
 * with a TA1 note code.
 */
public final class X12Tokenizer {
    /** Byte offsets of the 16 element separators in a fixed-length ISA. */
    private static final int[] ISA_SEPS = {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103};
    static final int ISA_LENGTH = 106;

    private final InputStream in;
    private final int maxSegmentLength;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long bufferOffset;
    private boolean eof;
    private boolean started;
    private boolean bom;
    private int elementSep = -1;
    private int componentSep;
    private int repetitionSep = -1;
    private int terminator;
    private char isa11;
    private String isaVersion;
    private long ordinal;
    private final Segment segment = new Segment();

    public X12Tokenizer(InputStream in) {
        this(in, 1 << 20);
    }

    public X12Tokenizer(InputStream in, int maxSegmentLength) {
        this.in = in;
        this.maxSegmentLength = maxSegmentLength;
    }

    /** The current segment (valid until the next call to {@link #next()}). */
    public Segment segment() {
        return segment;
    }

    /** True when the input started with a UTF-8 byte order mark (it was skipped). */
    public boolean sawByteOrderMark() {
        return bom;
    }

    /** Separators of the current interchange, or null before the first ISA. */
    public Delimiters delimiters() {
        if (elementSep < 0) {
            return null;
        }
        return new Delimiters((char) elementSep, (char) componentSep, repetitionSep < 0 ? 0 : (char) repetitionSep,
                (char) terminator, "");
    }

    /** Raw ISA11 of the current interchange. */
    public char isa11() {
        return isa11;
    }

    /** ISA12 of the current interchange. */
    public String isaVersion() {
        return isaVersion;
    }

    /** Number of segments read so far. */
    public long segmentCount() {
        return ordinal;
    }

    /**
     * Advances to the next segment.
     *
     * @return false at the end of input (only whitespace left)
     */
    public boolean next() throws X12Exception {
        if (!started) {
            started = true;
            skipBom();
        }
        // skip whitespace between segments
        for (;;) {
            if (pos >= limit && !fill(pos)) {
                return false;
            }
            byte b = buf[pos];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0x0B || b == 0x0C) {
                pos++;
            } else {
                break;
            }
        }
        ensure(3);
        boolean isa = limit - pos >= 3 && buf[pos] == 'I' && buf[pos + 1] == 'S' && buf[pos + 2] == 'A'
                && (elementSep < 0 || limit - pos < 4 || buf[pos + 3] == elementSep || !cannotBeDelimiter(buf[pos + 3]));
        if (isa) {
            readIsa();
            return true;
        }
        if (elementSep < 0) {
            throw X12Exception.ta1("024", ordinal + 1, "input does not start with an ISA interchange header");
        }
        scanSegment();
        return true;
    }

    private void skipBom() throws X12Exception {
        ensure(3);
        if (limit - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
                && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
            bom = true;
        }
    }

    private void readIsa() throws X12Exception {
        long ord = ordinal + 1;
        ensure(ISA_LENGTH);
        if (limit - pos < ISA_LENGTH) {
            throw X12Exception.ta1("023", ord, "input ends inside the ISA header (" + (limit - pos) + " of 106 bytes)");
        }
        int es = buf[pos + 3];
        if (cannotBeDelimiter(es) || es == ' ') {
            throw X12Exception.ta1("026", ord, "ISA element separator is a letter, digit or space");
        }
        for (int off : ISA_SEPS) {
            if (buf[pos + off] != es) {
                throw X12Exception.ta1("026", ord,
                        "ISA is not 106 bytes long or its element separator is inconsistent (byte " + (off + 1) + ")");
            }
        }
        int cs = buf[pos + 104];
        int term = buf[pos + 105];
        if (cannotBeDelimiter(cs) || cs == es || cs == ' ') {
            throw X12Exception.ta1("027", ord, "ISA16 component separator is invalid or equals the element separator");
        }
        if (cannotBeDelimiter(term) || term == es || term == cs || term == ' ') {
            throw X12Exception.ta1("004", ord, "segment terminator after ISA16 is invalid or equals another separator");
        }
        isaVersion = new String(buf, pos + 84, 5, java.nio.charset.StandardCharsets.ISO_8859_1);
        isa11 = (char) (buf[pos + 82] & 0xFF);
        int rs = buf[pos + 82];
        boolean repetitionVersion = isaVersion.compareTo("00402") >= 0;
        if (!repetitionVersion || cannotBeDelimiter(rs) || rs == ' ' || rs == es || rs == cs || rs == term) {
            rs = -1;
        }
        elementSep = es;
        componentSep = cs;
        repetitionSep = rs;
        terminator = term;
        Segment s = segment;
        s.buf = buf;
        s.start = pos;
        s.end = pos + 105;
        for (int k = 0; k < ISA_SEPS.length; k++) {
            s.seps[k] = ISA_SEPS[k];
        }
        s.sepCount = ISA_SEPS.length;
        finishSegment(pos + 106);
    }

    private void scanSegment() throws X12Exception {
        int segStart = pos;
        int i = pos;
        int n = 0;
        int[] seps = segment.seps;
        final int es = elementSep;
        final int term = terminator;
        byte[] b = buf;
        for (;;) {
            if (i >= limit) {
                int shift = compact(segStart);
                i -= shift;
                segStart -= shift;
                if (!readMore()) {
                    throw X12Exception.ta1("023", ordinal + 1, "input ends inside a segment (no segment terminator)");
                }
                b = buf;
                if (i - segStart > maxSegmentLength) {
                    throw X12Exception.ta1("024", ordinal + 1, "segment longer than " + maxSegmentLength
                            + " bytes: segment terminator missing or wrong");
                }
                continue;
            }
            int c = b[i];
            if (c == term) {
                break;
            }
            if (c == es) {
                if (n == seps.length) {
                    seps = Arrays.copyOf(seps, n * 2);
                    segment.seps = seps;
                }
                seps[n++] = i - segStart;
            }
            i++;
        }
        Segment s = segment;
        s.buf = b;
        s.start = segStart;
        int end = i;
        if (term == '\n' && end > segStart && b[end - 1] == '\r') {
            end--;
        }
        s.end = end;
        s.sepCount = n;
        finishSegment(i + 1);
    }

    private void finishSegment(int next) {
        Segment s = segment;
        s.elementSep = elementSep;
        s.componentSep = componentSep;
        s.repetitionSep = repetitionSep;
        s.ordinal = ++ordinal;
        s.offset = bufferOffset + s.start;
        s.resolveId();
        pos = next;
    }

    /** Letters and digits (and any non-ASCII byte) cannot be delimiters. */
    private static boolean cannotBeDelimiter(int c) {
        return c < 0 || c > 126 || c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != 0x1C && c != 0x1D
                && c != 0x1E && c != 0x1F && c != 0x07 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Makes at least {@code n} bytes available from {@code pos} when the input has them. */
    private void ensure(int n) throws X12Exception {
        while (limit - pos < n && !eof) {
            int shift = compact(pos);
            if (shift == 0 && limit == buf.length) {
                return;
            }
            readMore();
        }
    }

    /** Moves bytes from {@code keepFrom} to the start of the buffer; returns the shift. */
    private int compact(int keepFrom) {
        if (keepFrom == 0) {
            if (limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            return 0;
        }
        System.arraycopy(buf, keepFrom, buf, 0, limit - keepFrom);
        limit -= keepFrom;
        pos -= keepFrom;
        bufferOffset += keepFrom;
        return keepFrom;
    }

    private boolean readMore() throws X12Exception {
        if (eof) {
            return false;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int r;
            do {
                r = in.read(buf, limit, buf.length - limit);
            } while (r == 0);
            if (r < 0) {
                eof = true;
                return false;
            }
            limit += r;
            return true;
        } catch (IOException e) {
            throw X12Exception.io(e);
        }
    }

    /** Refills when {@code from} reached the limit; returns false at end of input. */
    private boolean fill(int from) throws X12Exception {
        compact(from);
        while (pos >= limit) {
            if (!readMore()) {
                return false;
            }
        }
        return true;
    }
}
