package org.rcm.platform.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcm.platform.x12.ack.Ta1Writer;

/** Tokenizer details and the TA1 writer. */
class TokenizerAndAckTest {

    @Test
    void segmentViewGivesElementsComponentsAndRepetitions() throws Exception {
        String s = "\uFEFF" + Fixtures.isa() + "\r\n   GS*HB*A*B*20240101*1200*1*X*005010X279A1~\r\n"
                + "\tEB*B**1^33^MH*HM*PLAN*27*10.50*0.2****Y*HC:90837:HO~";
        X12Tokenizer t = new X12Tokenizer(Fixtures.in(s));
        assertThat(t.next()).isTrue();
        assertThat(t.sawByteOrderMark()).isTrue();
        assertThat(t.segment().id()).isEqualTo("ISA");
        assertThat(t.segment().element(6)).isEqualTo("SENDER         ");
        assertThat(t.delimiters()).isEqualTo(new Delimiters('*', ':', '^', '~', ""));
        assertThat(t.next()).isTrue();
        assertThat(t.segment().id()).isEqualTo("GS");
        assertThat(t.segment().date(4)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(t.next()).isTrue();
        Segment eb = t.segment();
        assertThat(eb.ordinal()).isEqualTo(3);
        assertThat(eb.repetitions(3)).containsExactly("1", "33", "MH");
        assertThat(eb.repetitionCount(3)).isEqualTo(3);
        assertThat(eb.element(2)).isNull();
        assertThat(eb.decimal(7)).isEqualTo(new BigDecimal("10.50"));
        assertThat(eb.component(13, 3)).isEqualTo("HO");
        assertThat(eb.componentCount(13)).isEqualTo(3);
        assertThat(eb.is(1, "B")).isTrue();
        assertThat(eb.elementCount()).isEqualTo(13);
        assertThat(eb.component(99, 1)).isNull();
        assertThat(t.next()).isFalse();
    }

    @Test
    void newlineTerminatorWithCrLfAndIndentation() throws Exception {
        String isa = Fixtures.isa('*', '`', '>', '\n', "00402", "000000005");
        String s = isa + "  GS*HP*A*B*20240101*1200*5*X*005010X221A1\r\n    ST*835*0001\r\n";
        X12Tokenizer t = new X12Tokenizer(Fixtures.in(s));
        t.next();
        t.next();
        assertThat(t.segment().element(8)).isEqualTo("005010X221A1");
        t.next();
        assertThat(t.segment().element(2)).isEqualTo("0001");
        assertThat(t.delimiters().repetition()).isEqualTo('`');
    }

    @Test
    void version00401HasNoRepetitionSeparator() throws Exception {
        String s = Fixtures.isa('*', 'U', ':', '~', "00401", "000000001") + "GS*HP*A^B~";
        X12Tokenizer t = new X12Tokenizer(Fixtures.in(s));
        t.next();
        assertThat(t.delimiters().repetition()).isEqualTo((char) 0);
        t.next();
        assertThat(t.segment().repetitions(2)).containsExactly("A^B");
    }

    @Test
    void ta1WriterAcknowledgesARejectedInterchange() throws Exception {
        String bad = Fixtures.remit835().replace("IEA*1*000000001", "IEA*1*000000009");
        ValidationResult r = Fixtures.validate(bad);
        InterchangeOutcome in = r.interchanges().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeEnvelope env = new InterchangeEnvelope("ZZ", "RECEIVER", "ZZ", "SENDER", "RECEIVER", "SENDER",
                LocalDateTime.of(2024, 1, 2, 3, 4), 77, 1, false, false, Delimiters.standard());
        Ta1Writer.write(out, env, in);
        String ta1 = out.toString(StandardCharsets.UTF_8);
        assertThat(ta1).hasSize(106 + "TA1*000000001*240101*1200*R*001~IEA*0*000000077~".length());
        assertThat(ta1).endsWith("TA1*000000001*240101*1200*R*001~IEA*0*000000077~");
        ValidationResult back = Fixtures.validate(ta1);
        assertThat(back.findings()).isEmpty();
        assertThat(X12Files.detect(Fixtures.in(ta1)).type()).isEqualTo(TransactionType.INTERCHANGE_ACK_TA1);
    }

    @Test
    void writerRefusesDelimitersInValuesAndCountsExactly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SegmentWriter w = new SegmentWriter(out, Delimiters.standard());
        w.start("NM1").add("QC").add((String) null).add("A").add((String) null).end();
        w.start("SV1").composite("HC", "90837", null, null).add(new BigDecimal("100.00")).end();
        w.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("NM1*QC**A~SV1*HC:90837*100~");
        assertThat(w.count()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.start("NM1").add("A*B"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(Amounts.format(new BigDecimal("1E+2")), Amounts.format(new BigDecimal("-0.50"))))
                .containsExactly("100", "-0.5");
    }
}
