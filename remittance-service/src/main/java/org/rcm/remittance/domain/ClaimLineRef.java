package org.rcm.remittance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A submitted claim line as we keep it for line matching (from ClaimSubmitted). */
public record ClaimLineRef(int lineNumber, String lineControlNumber, String code, List<String> modifiers, int units,
                           BigDecimal charge, LocalDate dateOfService) {
}
