package org.rcm.platform.x12.claim;

import java.time.LocalDate;
import org.rcm.platform.x12.model.Address;

/**
 * 2000B/2010BA subscriber.
 *
 * @param payerResponsibility SBR01 (P primary, S secondary, T tertiary)
 * @param groupNumber         SBR03, or null
 * @param claimFilingIndicator SBR09 (CI commercial, MB Medicare B, MC Medicaid, BL Blue Cross...)
 * @param memberId            NM109 (MI)
 * @param birthDate           DMG02, or null
 * @param gender              DMG03 (F, M, U), or null
 */
public record Subscriber(String payerResponsibility, String groupNumber, String claimFilingIndicator,
                         String lastName, String firstName, String middleName, String memberId, Address address,
                         LocalDate birthDate, String gender) {
}
