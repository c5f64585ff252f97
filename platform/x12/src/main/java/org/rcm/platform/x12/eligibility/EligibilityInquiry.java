package org.rcm.platform.x12.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * One 270 eligibility inquiry.
 *
 * @param traceNumber     TRN02 (echoed in the 271)
 * @param traceOriginator TRN03 (10 characters, "1" + EIN or provider id), or null
 * @param source          the payer asked
 * @param receiver        the provider asking
 * @param subscriber      2100C
 * @param dependent       2100D, or null when the subscriber is the patient
 * @param serviceTypes    EQ01 repetitions (30 health benefit plan coverage, MH mental health, AI substance abuse...)
 * @param serviceDate     DTP*291, or null
 */
public record EligibilityInquiry(String traceNumber, String traceOriginator, InquiryParty source,
                                 InquiryParty receiver, InquirySubject subscriber, InquirySubject dependent,
                                 List<String> serviceTypes, LocalDate serviceDate) {
}
