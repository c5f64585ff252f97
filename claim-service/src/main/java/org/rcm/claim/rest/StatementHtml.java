package org.rcm.claim.rest;

import org.rcm.platform.events.claim.ClaimSubmitted;

import java.math.BigDecimal;

/** Renders a statement as a self-contained printable HTML page (every value escaped). */
final class StatementHtml {
    private StatementHtml() {
    }

    static String render(StatementResource.Statement s) {
        StringBuilder h = new StringBuilder(2048);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Statement</title><style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #999;padding:4px;text-align:left}td.n{text-align:right}")
                .append("@media print{body{margin:0}}</style></head><body>");
        h.append("<h1>Patient statement</h1>");
        if (s.practice() != null) {
            h.append("<p><strong>").append(esc(s.practice().name())).append("</strong><br>")
                    .append(address(s.practice().address()));
            if (s.practice().phone() != null) {
                h.append("<br>Phone ").append(esc(s.practice().phone()));
            }
            h.append("</p>");
        }
        if (s.patient() != null) {
            h.append("<p>To: ").append(esc(s.patient().name())).append("<br>").append(address(s.patient().address()))
                    .append("</p>");
        }
        h.append("<p>Statement date: ").append(s.statementDate()).append("</p>");
        h.append("<table><thead><tr><th>Date of service</th><th>Claim</th><th>Services</th><th>Charge</th>")
                .append("<th>Insurance paid</th><th>Deductible</th><th>Coinsurance</th><th>Copay</th>")
                .append("<th>You owe</th></tr></thead><tbody>");
        for (StatementResource.Item i : s.items()) {
            h.append("<tr><td>").append(i.dateOfService()).append("</td><td>").append(esc(i.patientControlNumber()))
                    .append("</td><td>").append(esc(String.join(", ", i.codes()))).append("</td>")
                    .append(money(i.charge())).append(money(i.insurancePaid())).append(money(i.deductible()))
                    .append(money(i.coinsurance())).append(money(i.copay())).append(money(i.patientResponsibility()))
                    .append("</tr>");
        }
        h.append("</tbody><tfoot><tr><th colspan=\"8\">Total due</th>").append(money(s.totalDue()))
                .append("</tr></tfoot></table></body></html>");
        return h.toString();
    }

    private static String money(BigDecimal v) {
        return "<td class=\"n\">" + (v == null ? "" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                + "</td>";
    }

    private static String address(ClaimSubmitted.Address a) {
        if (a == null) {
            return "";
        }
        return esc(a.line1()) + (a.line2() == null ? "" : "<br>" + esc(a.line2())) + "<br>" + esc(a.city()) + ", "
                + esc(a.state()) + " " + esc(a.postalCode());
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
