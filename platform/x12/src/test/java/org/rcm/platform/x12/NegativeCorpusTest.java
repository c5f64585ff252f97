package org.rcm.platform.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Malformed inputs generated from small valid fixtures: each must give its specific code, never an
 * exception and never a hang.
 */
@Timeout(30)
class NegativeCorpusTest {
    private static final String R = Fixtures.remit835();
    private static final String C = Fixtures.claim837();

    private record Case(String name, Supplier<byte[]> input, String expected, ReadOptions options) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void add(String name, String input, String expected) {
        CASES.add(new Case(name, () -> input.getBytes(StandardCharsets.UTF_8), expected, ReadOptions.defaults()));
    }

    private static void addBytes(String name, Supplier<byte[]> input, String expected) {
        CASES.add(new Case(name, input, expected, ReadOptions.defaults()));
    }

    private static String isaWith(int offset, char c) {
        char[] a = R.toCharArray();
        a[offset] = c;
        return new String(a);
    }

    private static String isaField(int element, String value) {
        String isa = R.substring(0, 106);
        String[] f = isa.substring(0, 105).split("\\*", -1);
        if (f[element].length() != value.length()) {
            throw new IllegalArgumentException("ISA fields are fixed width");
        }
        f[element] = value;
        return String.join("*", f) + isa.charAt(105) + R.substring(106);
    }

    static {
        // ---- TA1: interchange level
        add("empty input", "", "TA1 023");
        add("only whitespace", " \r\n\t\n", "TA1 023");
        addBytes("only a byte order mark", () -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "TA1 023");
        add("plain text instead of X12", "hello world, this is not an interchange", "TA1 024");
        addBytes("binary junk", () -> {
            byte[] b = new byte[4096];
            new Random(7).nextBytes(b);
            b[0] = 0x01;
            return b;
        }, "TA1 024");
        add("ISA truncated at 50 bytes", R.substring(0, 50), "TA1 023");
        add("ISA truncated at 105 bytes", R.substring(0, 105), "TA1 023");
        add("ISA separator inconsistent at byte 18", isaWith(17, '|'), "TA1 026");
        add("ISA element separator is a letter", "ISAA00A" + R.substring(7), "TA1 026");
        add("ISA16 equals the element separator", isaWith(104, '*'), "TA1 027");
        add("segment terminator is a letter", isaWith(105, 'Q'), "TA1 004");
        add("segment terminator equals component separator", isaWith(105, ':'), "TA1 004");
        add("IEA02 differs from ISA13", R.replace("IEA*1*000000001", "IEA*1*000000002"), "TA1 001");
        add("IEA01 wrong group count", R.replace("IEA*1*", "IEA*2*"), "TA1 021");
        add("IEA01 not numeric", R.replace("IEA*1*", "IEA*X*"), "TA1 021");
        add("IEA missing", R.replace("IEA*1*000000001~\n", ""), "TA1 023");
        add("ISA09 invalid date", isaField(9, "241301"), "TA1 014");
        add("ISA10 invalid time", isaField(10, "2561"), "TA1 015");
        add("ISA12 unsupported version", isaField(12, "00601"), "TA1 003");
        add("ISA12 not numeric", isaField(12, "0050A"), "TA1 017");
        add("ISA13 not numeric", isaField(13, "00000000A"), "TA1 018");
        add("ISA14 invalid", isaField(14, "2"), "TA1 019");
        add("ISA15 invalid", isaField(15, "X"), "TA1 020");
        add("ISA05 invalid qualifier", isaField(5, "XX"), "TA1 005");
        add("ISA07 invalid qualifier", isaField(7, "XX"), "TA1 007");
        add("ISA06 blank", isaField(6, " ".repeat(15)), "TA1 006");
        add("ISA01 invalid", isaField(1, "99"), "TA1 010");
        add("ISA03 invalid", isaField(3, "99"), "TA1 012");
        add("ISA11 U in a 00501 envelope", isaField(11, "U"), "TA1 026");
        add("ISA11 not U in a 00401 envelope", isaField(12, "00401"), "TA1 016");
        add("GS04 invalid date", R.replace("*20240101*1200*1*X", "*20241301*1200*1*X"), "TA1 024");
        add("GS05 invalid time", R.replace("*20240101*1200*1*X", "*20240101*1299*1*X"), "TA1 024");
        add("GS07 not X", R.replace("*1*X*005010X221A1", "*1*T*005010X221A1"), "TA1 024");
        add("segment between GS and ST", R.replace("ST*835", "REF*EV*1~\nST*835"), "TA1 022");
        add("ST without GS", R.replaceFirst("GS\\*[^~]*~\n", "").replace("GE*1*1~\n", ""), "TA1 022");
        add("GE without GS", R.replaceFirst("GS\\*[^~]*~\n", ""), "TA1 022");
        add("truncated inside a segment", R.substring(0, R.indexOf("CAS*CO") + 5), "TA1 023");
        addBytes("no terminator for 2 MB", () -> (R.substring(0, 106) + "GS*" + "A".repeat(2 << 20))
                .getBytes(StandardCharsets.US_ASCII), "TA1 024");
        add("body uses another element separator", R.substring(0, 106) + R.substring(106).replace('*', '|'),
                "TA1 024");
        add("body uses newline instead of the declared terminator", R.substring(0, 106)
                + R.substring(106).replace("~", ""), "TA1 023");
        add("second interchange missing IEA before next ISA",
                R.replace("IEA*1*000000001~\n", "") + R, "TA1 023");
        // ---- AK9: group level
        add("GE01 wrong set count", R.replace("GE*1*1", "GE*2*1"), "AK9 5");
        add("GE02 differs from GS06", R.replace("GE*1*1", "GE*1*2"), "AK9 4");
        add("GE missing", R.replace("GE*1*1~\n", ""), "AK9 3");
        add("GS06 not numeric", R.replace("*1200*1*X", "*1200*A*X").replace("GE*1*1", "GE*1*A"), "AK9 6");
        add("GS08 missing", R.replace("*X*005010X221A1~\nST", "*X~\nST"), "AK9 2");
        // ---- IK5: transaction set level
        add("SE01 wrong count", R.replace("SE*12*", "SE*11*"), "IK5 4");
        add("SE01 not numeric", R.replace("SE*12*", "SE*1A*"), "IK5 4");
        add("SE02 differs from ST02", R.replace("SE*12*0001", "SE*12*0002"), "IK5 3");
        add("SE missing", R.replace("SE*12*0001~\n", ""), "IK5 2");
        add("truncated after a complete segment", R.substring(0, R.indexOf("CAS*CO")), "IK5 2");
        add("ST01 invalid", R.replace("ST*835", "ST*83A"), "IK5 6");
        add("ST01 in the wrong functional group", C.replace("GS*HC", "GS*HP"), "IK5 6");
        add("ST02 too short", R.replace("ST*835*0001", "ST*835*01").replace("SE*12*0001", "SE*12*01"), "IK5 7");
        add("duplicate ST02 in a group", R.replace("GE*1*1", "GE*2*1").replace("SE*12*0001~\n",
                "SE*12*0001~\n" + R.substring(R.indexOf("ST*835"), R.indexOf("GE*1"))), "IK5 23");
        add("ST03 differs from GS08", R.replace("ST*835*0001*005010X221A1", "ST*835*0001*005010X221"), "IK5 19");
        add("837 names X222A2", C.replace("005010X222A1", "005010X222A2"), "IK5 19");
        // ---- IK3: segment level
        add("junk bytes as a segment", R.replace("LX*1~", "\u0001\u0002\u0003~LX*1~").replace("SE*12", "SE*13"),
                "IK3 1");
        add("lower-case segment id", R.replace("TRN*1", "trn*1"), "IK3 1");
        add("BPR missing", R.replace("BPR*I*100*C*CHK************20240105~\n", "").replace("SE*12", "SE*11"),
                "IK3 3");
        add("TRN missing", R.replace("TRN*1*CHK123*1999999999~\n", "").replace("SE*12", "SE*11"), "IK3 3");
        add("payer N1 missing", R.replace("N1*PR*PAYER~\n", "").replace("SE*12", "SE*11"), "IK3 3");
        add("SVC before any CLP", R.replace("LX*1~\n", "SVC*HC:1*1*1~\n").replace("SE*12", "SE*12"), "IK3 2");
        add("999 without AK9", Fixtures.isa() + "GS*FA*A*B*20240101*1200*1*X*005010X231A1~ST*999*0001~"
                + "AK1*HC*1*005010X222A1~AK2*837*0001~IK5*A~SE*5*0001~GE*1*1~IEA*1*000000001~", "IK3 3");
        add("277 claim without STC", Fixtures.isa() + "GS*HN*A*B*20240101*1200*1*X*005010X214~"
                + "ST*277*0001*005010X214~BHT*0085*08*1*20240101*1200*TH~HL*1**20*1~NM1*PR*2*P~HL*2*1*21*1~"
                + "NM1*41*2*S~HL*3*2*19*1~NM1*85*2*B~HL*4*3*PT~NM1*QC*1*D*J~TRN*2*X1~SE*12*0001~GE*1*1~"
                + "IEA*1*000000001~", "IK3 3");
        add("837 claim without service line", C.replace("LX*1~SV1*HC:90837*150*UN*1***1~DTP*472*D8*20240102~", "")
                .replace("SE*16", "SE*13"), "IK3 3");
        // ---- IK4: element level
        add("BPR02 not a number", R.replace("BPR*I*100", "BPR*I*1O0"), "IK4 6");
        add("BPR16 invalid date", R.replace("20240105", "20241340"), "IK4 8");
        add("CLP03 missing", R.replace("CLP*PCN1*1*150", "CLP*PCN1*1*"), "IK4 1");
        add("CLP04 not a number", R.replace("*150*100**12", "*150*abc**12"), "IK4 6");
        add("DTM02 invalid date", R.replace("DTM*472*20240102", "DTM*472*20240230"), "IK4 8");
        add("CAS amount invalid", R.replace("CAS*CO*45*50", "CAS*CO*45*5,0"), "IK4 6");
        add("CAS reason missing", R.replace("CAS*CO*45*50", "CAS*CO**50"), "IK4 1");
        add("PLB amount invalid", R.replace("SE*12", "PLB*1234567893*20241231*WO:X*1.2.3~\nSE*13"), "IK4 6");
        add("837 DTP date range invalid", C.replace("DTP*472*D8*20240102", "DTP*472*RD8*20240102"), "IK4 8");
        add("837 SV1 pointer not a number", C.replace("***1~", "***X~"), "IK4 6");
        // ---- business rules
        add("835 claim does not balance", R.replace("CAS*CO*45*50", "CAS*CO*45*40"), "BUSINESS 835-CLAIM-BALANCE");
        add("835 BPR02 differs from claim payments", R.replace("BPR*I*100", "BPR*I*90"),
                "BUSINESS 835-PAYMENT-BALANCE");
        add("837 CLM02 differs from line charges", C.replace("CLM*C1*150", "CLM*C1*160"),
                "BUSINESS 837-CLAIM-CHARGE");
        CASES.add(new Case("duplicate interchange control number", () -> R.getBytes(StandardCharsets.UTF_8),
                "TA1 025", ReadOptions.defaults().withDuplicateCheck(icn -> icn.equals("000000001"))));
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedInputGivesItsCode() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(50);
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name() + " -> " + c.expected(), () -> {
            ValidationResult r = X12Validator.validate(new ByteArrayInputStream(c.input().get()), c.options());
            assertThat(r.codes()).as(c.name() + ": " + r.findings()).contains(c.expected());
            assertThat(r.isClean()).isFalse();
        }));
    }

    @Test
    void validFixturesAreClean() throws Exception {
        assertThat(Fixtures.validate(R).findings()).isEmpty();
        assertThat(Fixtures.validate(C).findings()).isEmpty();
    }

    @Test
    void truncationAtEveryByteTerminatesWithAFinding() throws Exception {
        for (String base : List.of(R, C)) {
            byte[] all = base.getBytes(StandardCharsets.UTF_8);
            int end = base.stripTrailing().length();
            for (int cut = 0; cut < end; cut++) {
                byte[] part = java.util.Arrays.copyOf(all, cut);
                ValidationResult r = Fixtures.validate(part);
                assertThat(r.isClean()).as("cut at " + cut).isFalse();
            }
        }
    }

    @Test
    void randomByteDamageNeverThrows() throws Exception {
        Random rnd = new Random(42);
        byte[] base = (R + C.replace("000000001", "000000002")).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3000; i++) {
            byte[] b = base.clone();
            int edits = 1 + rnd.nextInt(4);
            for (int k = 0; k < edits && b.length > 0; k++) {
                int pos = rnd.nextInt(b.length);
                switch (rnd.nextInt(3)) {
                    case 0 -> b[pos] = (byte) rnd.nextInt(256);
                    case 1 -> b[pos] = "*:~^\n ".getBytes(StandardCharsets.US_ASCII)[rnd.nextInt(6)];
                    default -> b = java.util.Arrays.copyOf(b, pos);
                }
            }
            X12Validator.validate(b.length == 0 ? new ByteArrayInputStream(b) : new ByteArrayInputStream(b));
        }
    }
}
