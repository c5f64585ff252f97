package org.rcm.platform.x12;

import java.io.InputStream;

/** Entry points that look at a file before choosing a reader. */
public final class X12Files {
    private static final int MARK_LIMIT = 1 << 20;

    private X12Files() {
    }

    /**
     * Detects the first transaction set's type and version, reading only the envelope headers. When the
     * stream supports mark/reset it is reset to where it was, so the same stream can then be given to a reader.
     *
     * @throws X12Exception with a TA1 code when the input has no readable ISA/GS/ST, or "IO"
     */
    public static Detected detect(InputStream in) throws X12Exception {
        boolean mark = in.markSupported();
        if (mark) {
            in.mark(MARK_LIMIT);
        }
        try {
            X12Tokenizer t = new X12Tokenizer(new LimitedStream(in, MARK_LIMIT - 1));
            String gs01 = null;
            String gs08 = null;
            while (t.next()) {
                Segment s = t.segment();
                switch (s.id()) {
                    case "GS" -> {
                        gs01 = s.element(1);
                        gs08 = s.element(8);
                    }
                    case "TA1" -> {
                        return new Detected(TransactionType.INTERCHANGE_ACK_TA1, "TA1", null, null, t.isaVersion(),
                                t.delimiters());
                    }
                    case "ST" -> {
                        String ref = s.element(3) != null ? s.element(3) : gs08;
                        return new Detected(TransactionType.of(s.element(1), ref), s.element(1), ref, gs01,
                                t.isaVersion(), t.delimiters());
                    }
                    default -> {
                    }
                }
            }
            throw X12Exception.ta1("023", t.segmentCount(), "no transaction set found at the start of the input");
        } finally {
            if (mark) {
                try {
                    in.reset();
                } catch (java.io.IOException e) {
                    throw X12Exception.io(e);
                }
            }
        }
    }

    /** Never reads more than {@code limit} bytes (keeps mark/reset valid). */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private long left;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws java.io.IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
