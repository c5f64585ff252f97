package org.rcm.platform.x12.eligibility;

import java.time.LocalDate;

/** Subscriber (NM1*IL, with member id) or dependent (NM1*03, member id null) of a 270. */
public record InquirySubject(String lastName, String firstName, String memberId, LocalDate birthDate,
                             String gender) {
}
