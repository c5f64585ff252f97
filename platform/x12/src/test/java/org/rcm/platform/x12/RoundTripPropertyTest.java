package org.rcm.platform.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.claim.Claim837Listener;
import org.rcm.platform.x12.claim.Claim837Reader;
import org.rcm.platform.x12.claim.Claim837Writer;
import org.rcm.platform.x12.claim.ClaimBatchHeader;
import org.rcm.platform.x12.claim.Receiver;
import org.rcm.platform.x12.claim.Submitter;
import org.rcm.platform.x12.eligibility.EligibilityInquiry;
import org.rcm.platform.x12.eligibility.Inquiry270Reader;
import org.rcm.platform.x12.eligibility.Inquiry270Writer;
import org.rcm.platform.x12.eligibility.InquiryParty;
import org.rcm.platform.x12.eligibility.InquirySubject;
import org.rcm.platform.x12.remit.ClaimPayment;
import org.rcm.platform.x12.remit.Remittance835Reader;

/** Write → read round trips over seeded random data, with several separator sets and chunked reads. */
class RoundTripPropertyTest {
    private static final List<Delimiters> DELIMITERS = List.of(
            Delimiters.standard(),
            new Delimiters('|', '>', '`', '~', "\r\n"),
            new Delimiters('*', '>', '`', '\n', ""),
            new Delimiters('^', ':', '{', '~', "\n"),
            new Delimiters('*', ':', (char) 0, '~', ""));

    private static InterchangeEnvelope envelope(Delimiters d, long icn) {
        return new InterchangeEnvelope("ZZ", "RCMTEST", "ZZ", "PAYERX", "RCMTEST", "PAYERX",
                LocalDateTime.of(2024, 5, 6, 7, 8), icn, icn, false, false, d);
    }

    @Test
    void claims837SurviveWriteThenRead() throws Exception {
        for (int seed = 0; seed < 40; seed++) {
            RandomClaims g = new RandomClaims(seed);
            Delimiters d = DELIMITERS.get(seed % DELIMITERS.size());
            List<ClaimBatchHeader> headers = new ArrayList<>();
            List<Claim837> claims = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Claim837Writer w = new Claim837Writer(out, envelope(d, 100 + seed))) {
                int sets = 1 + seed % 3;
                for (int s = 0; s < sets; s++) {
                    ClaimBatchHeader h = new ClaimBatchHeader(String.format("%04d", s + 1), "B" + seed + "X" + s,
                            LocalDateTime.of(2024, 5, 6, 7, 8), new Submitter("RCM CLINIC", "S123", "BILLING", "5551234567"),
                            new Receiver("PAYERX", "R987"));
                    headers.add(h);
                    w.begin(h);
                    int n = 1 + new Random(seed * 31L + s).nextInt(25);
                    for (int i = 0; i < n; i++) {
                        Claim837 c = g.claim();
                        claims.add(c);
                        w.write(c);
                    }
                    w.end();
                }
            }
            byte[] bytes = out.toByteArray();
            List<ClaimBatchHeader> readHeaders = new ArrayList<>();
            List<Claim837> read = new ArrayList<>();
            ValidationResult r = Claim837Reader.read(new Chunked(bytes, seed), new Claim837Listener() {
                @Override
                public void onHeader(ClaimBatchHeader h) {
                    readHeaders.add(h);
                }

                @Override
                public void onClaim(Claim837 c) {
                    read.add(c);
                }
            });
            assertThat(r.findings()).as("seed " + seed).isEmpty();
            assertThat(readHeaders).as("seed " + seed).isEqualTo(headers);
            assertThat(read).as("seed " + seed).hasSameSizeAs(claims);
            for (int i = 0; i < claims.size(); i++) {
                assertThat(read.get(i)).as("seed " + seed + " claim " + i).isEqualTo(claims.get(i));
            }
            if (d.repetition() != 0 && d.element() == '*') {
                assertThat(staediErrors(bytes)).as("StAEDI on seed " + seed).isEmpty();
                if (seed < 5) {
                    // the oracle does see a wrong count
                    String broken = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            .replaceFirst("SE\\*(\\d+)\\*", "SE*9999*");
                    assertThat(staediErrors(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
                }
            }
        }
    }

    @Test
    void inquiries270SurviveWriteThenRead() throws Exception {
        for (int seed = 0; seed < 30; seed++) {
            RandomClaims g = new RandomClaims(1000 + seed);
            List<EligibilityInquiry> qs = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Delimiters d = DELIMITERS.get(seed % 4);
            try (Inquiry270Writer w = new Inquiry270Writer(out, envelope(d, seed + 1))) {
                w.begin("0001", "REF" + seed, LocalDateTime.of(2024, 1, 2, 3, 4));
                for (int i = 0; i < 1 + seed % 5; i++) {
                    InquirySubject sub = new InquirySubject(g.word(3, 9), g.word(3, 9), "M" + g.digits(8),
                            g.date(), "F");
                    InquirySubject dep = i % 2 == 0 ? null : new InquirySubject(g.word(3, 9), g.word(3, 9), null,
                            g.date(), "M");
                    EligibilityInquiry q = new EligibilityInquiry("T" + g.digits(8), "1" + g.digits(9),
                            new InquiryParty("2", "PAYER " + g.word(3, 5), null, "PI", g.digits(5)),
                            new InquiryParty("1", g.word(3, 8), g.word(3, 8), "XX", g.digits(10)), sub, dep,
                            i % 3 == 0 ? List.of("30", "MH", "AI") : List.of("30"), g.maybe(g.date()));
                    qs.add(q);
                    w.write(q);
                }
            }
            List<EligibilityInquiry> read = new ArrayList<>();
            ValidationResult r = Inquiry270Reader.read(new Chunked(out.toByteArray(), seed), read::add);
            assertThat(r.findings()).isEmpty();
            assertThat(read).isEqualTo(qs);
        }
    }

    @Test
    void remittances835SurviveWriteThenReadAndBalance() throws Exception {
        for (int seed = 0; seed < 20; seed++) {
            Remit835Fixture f = new Remit835Fixture(seed);
            Delimiters d = DELIMITERS.get(seed % DELIMITERS.size());
            int claims = seed == 0 ? 400 : 1 + seed * 3;
            byte[] bytes = f.write(envelope(d, seed + 1), claims);
            List<ClaimPayment> read = new ArrayList<>();
            SampleFilesTest.Collected835 c = new SampleFilesTest.Collected835() {
                @Override
                public void onClaim(ClaimPayment p) {
                    read.add(p);
                }
            };
            ValidationResult r = Remittance835Reader.read(new Chunked(bytes, seed), c);
            assertThat(r.findings()).as("seed " + seed).isEmpty();
            assertThat(read).isEqualTo(f.expected);
            assertThat(c.summaries).singleElement().satisfies(s -> {
                assertThat(s.balanced()).isTrue();
                assertThat(s.claimCount()).isEqualTo(claims);
            });
            assertThat(c.headers.get(0).totalPayment()).isEqualByComparingTo(
                    f.expected.stream().map(ClaimPayment::paidAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    @Test
    void severalInterchangesInOneFileAreAllRead() throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int total = 0;
        for (int i = 0; i < 4; i++) {
            Remit835Fixture f = new Remit835Fixture(50 + i);
            all.write(f.write(envelope(DELIMITERS.get(i), i + 1), 5 + i));
            total += 5 + i;
        }
        List<ClaimPayment> read = new ArrayList<>();
        ValidationResult r = Remittance835Reader.read(new ByteArrayInputStream(all.toByteArray()),
                new SampleFilesTest.Collected835() {
                    @Override
                    public void onClaim(ClaimPayment p) {
                        read.add(p);
                    }
                });
        assertThat(r.findings()).isEmpty();
        assertThat(r.interchanges()).hasSize(4);
        assertThat(read).hasSize(total);
        Detected det = X12Files.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(all.toByteArray())));
        assertThat(det.type()).isEqualTo(TransactionType.REMITTANCE_835);
        assertThat(det.implementationReference()).isEqualTo("005010X221A1");
    }

    /** Envelope errors StAEDI (independent implementation, no schema) reports for our output. */
    private static List<String> staediErrors(byte[] bytes) throws Exception {
        List<String> errors = new ArrayList<>();
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                new ByteArrayInputStream(bytes))) {
            while (reader.hasNext()) {
                EDIStreamEvent e = reader.next();
                if (e == EDIStreamEvent.SEGMENT_ERROR || e == EDIStreamEvent.ELEMENT_DATA_ERROR
                        || e == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR) {
                    errors.add(e + " " + reader.getErrorType() + " " + reader.getReferenceCode());
                }
            }
        }
        return errors;
    }

    /** Returns data in small random chunks, to exercise the tokenizer's buffer boundaries. */
    static final class Chunked extends FilterInputStream {
        private final Random r;

        Chunked(byte[] b, long seed) {
            super(new ByteArrayInputStream(b));
            this.r = new Random(seed);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1 + r.nextInt(r.nextBoolean() ? 7 : 70_000)));
        }
    }

    static InputStream chunked(byte[] b) {
        return new Chunked(b, 1);
    }
}
