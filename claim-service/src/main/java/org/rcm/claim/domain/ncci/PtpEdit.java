package org.rcm.claim.domain.ncci;

import java.time.LocalDate;

/**
 * One NCCI procedure-to-procedure edit: column 2 is not paid with column 1 on the same date of service unless the
 * modifier indicator allows a bypass modifier. {@code deletion} null = still in force.
 *
 * @param modifierIndicator '0' no modifier allowed, '1' an NCCI-associated modifier bypasses it, '9' not applicable
 */
public record PtpEdit(String column1, String column2, LocalDate effective, LocalDate deletion,
                      char modifierIndicator, String rationale) {

    public boolean activeOn(LocalDate dos) {
        return !effective.isAfter(dos) && (deletion == null || dos.isBefore(deletion));
    }
}
