package org.rcm.platform.x12;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Small hand-written interchanges for tests (fictitious data). */
final class Fixtures {
    private Fixtures() {
    }

    /** A fixed-width ISA with the given separators, version and control number. */
    static String isa(char e, char rep, char comp, char term, String version, String icn) {
        String s = "ISA" + e + "00" + e + " ".repeat(10) + e + "00" + e + " ".repeat(10) + e + "ZZ" + e
                + pad("SENDER", 15) + e + "ZZ" + e + pad("RECEIVER", 15) + e + "240101" + e + "1200" + e + rep + e
                + version + e + icn + e + "0" + e + "T" + e + comp + term;
        if (s.length() != 106) {
            throw new IllegalStateException("ISA length " + s.length());
        }
        return s;
    }

    static String isa() {
        return isa('*', '^', ':', '~', "00501", "000000001");
    }

    /** A balanced one-claim 835. */
    static String remit835() {
        return isa() + "\n"
                + "GS*HP*SENDER*RECEIVER*20240101*1200*1*X*005010X221A1~\n"
                + "ST*835*0001*005010X221A1~\n"
                + "BPR*I*100*C*CHK************20240105~\n"
                + "TRN*1*CHK123*1999999999~\n"
                + "N1*PR*PAYER~\n"
                + "N1*PE*CLINIC*XX*1234567893~\n"
                + "LX*1~\n"
                + "CLP*PCN1*1*150*100**12*PAYERCLM1~\n"
                + "NM1*QC*1*DOE*JANE****MI*M123~\n"
                + "SVC*HC:90837*150*100**1~\n"
                + "DTM*472*20240102~\n"
                + "CAS*CO*45*50~\n"
                + "SE*12*0001~\n"
                + "GE*1*1~\n"
                + "IEA*1*000000001~\n";
    }

    /** A one-claim 837P. */
    static String claim837() {
        return isa() + "GS*HC*SENDER*RECEIVER*20240101*1200*1*X*005010X222A1~"
                + "ST*837*0001*005010X222A1~"
                + "BHT*0019*00*B1*20240101*1200*CH~"
                + "NM1*41*2*CLINIC*****46*S1~"
                + "NM1*40*2*PAYER*****46*R1~"
                + "HL*1**20*1~"
                + "NM1*85*2*CLINIC*****XX*1234567893~"
                + "HL*2*1*22*0~"
                + "SBR*P*18*******CI~"
                + "NM1*IL*1*DOE*JANE****MI*M1~"
                + "NM1*PR*2*PAYER*****PI*P1~"
                + "CLM*C1*150***11:B:1*Y*A*Y*Y~"
                + "HI*ABK:F329~"
                + "LX*1~"
                + "SV1*HC:90837*150*UN*1***1~"
                + "DTP*472*D8*20240102~"
                + "SE*16*0001~GE*1*1~IEA*1*000000001~";
    }

    static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static ValidationResult validate(String s) throws X12Exception {
        return X12Validator.validate(in(s));
    }

    static ValidationResult validate(byte[] b) throws X12Exception {
        return X12Validator.validate(new ByteArrayInputStream(b));
    }

    private static String pad(String s, int n) {
        return s + " ".repeat(n - s.length());
    }
}
