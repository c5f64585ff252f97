package org.rcm.platform.x12.model;

import java.time.LocalDate;

/** DTM/DTP date with its qualifier; {@code end} is set for RD8 ranges. */
public record DateValue(String qualifier, LocalDate date, LocalDate end) {
}
