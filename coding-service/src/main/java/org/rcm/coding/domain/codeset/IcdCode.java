package org.rcm.coding.domain.codeset;

import java.time.LocalDate;

/**
 * One ICD-10-CM code (without the dot) over one period of validity: valid for dates of service in
 * [validFrom, validTo); validTo null = still valid. A header code (not billable) has {@code billable = false}.
 */
public record IcdCode(String code, boolean billable, String shortTitle, String longTitle, LocalDate validFrom,
                      LocalDate validTo) {

    public boolean validOn(LocalDate dos) {
        return !dos.isBefore(validFrom) && (validTo == null || dos.isBefore(validTo));
    }

    /** The code with its dot (F411 → F41.1). */
    public String dotted() {
        return dotted(code);
    }

    public static String dotted(String code) {
        return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }

    public static String undotted(String code) {
        return code.replace(".", "").trim().toUpperCase(java.util.Locale.ROOT);
    }
}
