package org.rcm.platform.x12.claim;

import java.time.LocalDate;
import org.rcm.platform.x12.model.Address;

/**
 * 2000C/2010CA patient, only when the patient is not the subscriber.
 *
 * @param relationship PAT01 (01 spouse, 19 child, 20 employee, 21 unknown, 39 organ donor, 53 life partner, G8 other)
 */
public record Patient(String relationship, String lastName, String firstName, String middleName, Address address,
                      LocalDate birthDate, String gender) {
}
