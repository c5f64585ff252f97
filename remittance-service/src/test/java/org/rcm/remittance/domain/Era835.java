package org.rcm.remittance.domain;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds small 835 files in code (fictitious data) for posting tests. BPR02 = Σ CLP04 − Σ PLB unless set. */
final class Era835 {
    private final String trace;
    private final List<String> claims = new ArrayList<>();
    private final List<String> plb = new ArrayList<>();
    private BigDecimal paid = BigDecimal.ZERO;
    private BigDecimal plbTotal = BigDecimal.ZERO;
    private int count;

    Era835(String trace) {
        this.trace = trace;
    }

    /** CLP with claim-level CAS (group:reason:amount, …) then service lines. */
    Era835 claim(String pcn, String status, String charge, String paidAmount, String patient, String pccn,
                 String... segments) {
        StringBuilder s = new StringBuilder("CLP*" + pcn + "*" + status + "*" + charge + "*" + paidAmount + "*"
                + (patient == null ? "" : patient) + "*12*" + pccn + "~");
        for (String seg : segments) {
            s.append(seg).append("~");
        }
        claims.add(s.toString());
        paid = paid.add(new BigDecimal(paidAmount));
        count++;
        return this;
    }

    Era835 plb(String reason, String reference, String amount) {
        plb.add("PLB*1234567893*20261231*" + reason + ":" + reference + "*" + amount + "~");
        plbTotal = plbTotal.add(new BigDecimal(amount));
        return this;
    }

    static String svc(String codeAndMods, String charge, String paid, int units, String date, String control,
                      String... cas) {
        StringBuilder s = new StringBuilder("SVC*HC:" + codeAndMods + "*" + charge + "*" + paid + "**" + units
                + "~DTM*472*" + date);
        for (String c : cas) {
            String[] p = c.split(":");
            s.append("~CAS*").append(p[0]).append("*").append(p[1]).append("*").append(p[2]);
        }
        if (control != null) {
            s.append("~REF*6R*").append(control);
        }
        return s.toString();
    }

    static String cas(String group, String reason, String amount) {
        return "CAS*" + group + "*" + reason + "*" + amount;
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append("ISA*00*          *00*          *ZZ*PAYER1         *ZZ*CLINIC1        *261120*1200*^*00501*000000001*0*T*:~");
        b.append("GS*HP*PAYER1*CLINIC1*20261120*1200*1*X*005010X221A1~");
        b.append("ST*835*0001~");
        b.append("BPR*I*").append(paid.subtract(plbTotal).toPlainString())
                .append("*C*ACH*CCP*01*011000015*DA*123456789*1512345678**01*021000021*DA*987654321*20261120~");
        b.append("TRN*1*").append(trace).append("*1512345678~");
        b.append("DTM*405*20261119~");
        b.append("N1*PR*TEST PLAN*XV*PAYER1~");
        b.append("N1*PE*TEST CLINIC*XX*1234567893~");
        b.append("LX*1~");
        claims.forEach(b::append);
        plb.forEach(b::append);
        int segs = 9 + claims.stream().mapToInt(c -> c.split("~").length).sum() + plb.size() - 2;
        b.append("SE*").append(segs).append("*0001~");
        b.append("GE*1*1~IEA*1*000000001~");
        return b.toString();
    }

    X12Remits.Parsed read() throws Exception {
        return X12Remits.readAll(new ByteArrayInputStream(text().getBytes(StandardCharsets.US_ASCII)));
    }

    int claimCount() {
        return count;
    }
}
