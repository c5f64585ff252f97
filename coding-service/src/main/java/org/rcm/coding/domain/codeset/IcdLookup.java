package org.rcm.coding.domain.codeset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to ICD-10-CM by date of service (in memory for tests, the coding schema in the service). */
public interface IcdLookup {
    /** The code's entry valid on the date of service, if any. */
    Optional<IcdCode> on(String code, LocalDate dos);

    /** Every period the code was ever valid (empty = never known). */
    List<IcdCode> history(String code);

    /** Codes valid on the date whose code starts with one of the prefixes (all when none given). */
    List<IcdCode> validOn(LocalDate dos, String... prefixes);

    /** False when no code set has been imported: validity checks are then skipped. */
    boolean loaded();
}
