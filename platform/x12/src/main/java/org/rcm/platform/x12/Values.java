package org.rcm.platform.x12;

import java.time.LocalDate;

/** Small parsing and checking helpers for X12 date, time and numeric values. */
public final class Values {
    private Values() {
    }

    /** Parses CCYYMMDD; null when not 8 digits or not a real calendar date. */
    public static LocalDate date8(String s) {
        if (s == null || s.length() != 8) {
            return null;
        }
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return date8(b, 0, 8);
    }

    static LocalDate date8(byte[] b, int s, int len) {
        if (len != 8 || !digits(b, s, 8)) {
            return null;
        }
        int y = num(b, s, 4);
        int m = num(b, s + 4, 2);
        int d = num(b, s + 6, 2);
        return validDate(y, m, d) ? LocalDate.of(y, m, d) : null;
    }

    /** YYMMDD as used by ISA09. */
    public static boolean isDate6(String s) {
        if (s == null || s.length() != 6 || !allDigits(s)) {
            return false;
        }
        int y = 2000 + Integer.parseInt(s.substring(0, 2));
        return validDate(y, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
    }

    /** HHMM, HHMMSS, HHMMSSD or HHMMSSDD (GS05, ISA10). */
    public static boolean isTime(String s, int minLen, int maxLen) {
        if (s == null || s.length() < minLen || s.length() > maxLen || !allDigits(s) || s.length() == 5) {
            return false;
        }
        int h = Integer.parseInt(s.substring(0, 2));
        int m = Integer.parseInt(s.substring(2, 4));
        if (h > 23 || m > 59) {
            return false;
        }
        return s.length() < 6 || Integer.parseInt(s.substring(4, 6)) <= 59;
    }

    public static boolean allDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** X12 numeric (R) or integer (N0) text. */
    public static boolean isDecimal(String s) {
        if (s == null) {
            return false;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return Segment.parseDecimal(b, 0, b.length) != null;
    }

    static boolean validDate(int y, int m, int d) {
        if (y < 1 || m < 1 || m > 12 || d < 1) {
            return false;
        }
        int max = switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return d <= max;
    }

    private static boolean digits(byte[] b, int s, int n) {
        for (int i = s; i < s + n; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }
}
