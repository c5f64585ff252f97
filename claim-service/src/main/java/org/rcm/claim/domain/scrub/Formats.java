package org.rcm.claim.domain.scrub;

/** Identifier format checks (no regular expressions: the scrubber runs them on every claim). */
public final class Formats {
    private Formats() {
    }

    /** A 10-digit NPI whose last digit is the Luhn check digit computed with the card-issuer prefix 80840. */
    public static boolean npi(String npi) {
        if (npi == null || npi.length() != 10 || !digits(npi)) {
            return false;
        }
        int sum = 24; // the prefix 80840 contributes 24 to the Luhn sum
        boolean dbl = true;
        for (int i = 8; i >= 0; i--) {
            int d = npi.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        int check = (10 - sum % 10) % 10;
        return check == npi.charAt(9) - '0';
    }

    /** NUCC taxonomy: 9 letters/digits then X. */
    public static boolean taxonomy(String t) {
        if (t == null || t.length() != 10 || t.charAt(9) != 'X') {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (!alnum(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An EIN: 9 digits with an IRS-assigned prefix (00, 07-09, 17-19, 28-29, 49, 69-70, 78-79, 89, 96-97 are not). */
    public static boolean ein(String tin) {
        if (tin == null || tin.length() != 9 || !digits(tin)) {
            return false;
        }
        int prefix = Integer.parseInt(tin.substring(0, 2));
        return switch (prefix) {
            case 0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97 -> false;
            default -> true;
        };
    }

    /** An SSN: 9 digits, area not 000/666/9xx, group not 00, serial not 0000. */
    public static boolean ssn(String ssn) {
        if (ssn == null || ssn.length() != 9 || !digits(ssn)) {
            return false;
        }
        int area = Integer.parseInt(ssn.substring(0, 3));
        int group = Integer.parseInt(ssn.substring(3, 5));
        int serial = Integer.parseInt(ssn.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    /** A NANP number as X12 PER wants it: 10 digits, area code and exchange starting 2-9. */
    public static boolean phone(String p) {
        return p != null && p.length() == 10 && digits(p) && p.charAt(0) >= '2' && p.charAt(3) >= '2';
    }

    /** An ICD-10-CM code, with or without the dot: letter, digit, letter/digit, then up to 4 letters/digits. */
    public static boolean icd10(String dx) {
        if (dx == null) {
            return false;
        }
        int n = 0;
        for (int i = 0; i < dx.length(); i++) {
            char c = dx.charAt(i);
            if (c == '.') {
                if (i != 3) {
                    return false;
                }
                continue;
            }
            if (!alnum(c)) {
                return false;
            }
            if (n == 0 && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
            if (n == 1 && !(c >= '0' && c <= '9')) {
                return false;
            }
            n++;
        }
        return n >= 3 && n <= 7;
    }

    /** A CPT/HCPCS code: 5 letters/digits. */
    public static boolean procedure(String code) {
        if (code == null || code.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (!alnum(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean modifier(String m) {
        return m != null && m.length() == 2 && alnum(m.charAt(0)) && alnum(m.charAt(1));
    }

    /** 5 or 9 digit ZIP code. */
    public static boolean zip(String z, boolean nineRequired) {
        return z != null && digits(z) && (z.length() == 9 || (!nineRequired && z.length() == 5));
    }

    public static boolean digits(String s) {
        if (s.isEmpty()) {
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

    static boolean alnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
