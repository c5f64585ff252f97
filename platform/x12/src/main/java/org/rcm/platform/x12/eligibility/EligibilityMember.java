package org.rcm.platform.x12.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Party;

/**
 * Subscriber (2000C) or dependent (2000D) of a 271.
 *
 * @param party        NM1 (IL subscriber, 03 dependent) with N3/N4 and REF
 * @param birthDate    DMG02 or null
 * @param gender       DMG03 or null
 * @param relationship INS02 (18 self, 01 spouse, 19 child...) or null
 * @param traceNumbers TRN02 values (our inquiry trace numbers echoed back)
 * @param errors       AAA of the member loop
 * @param dates        DTP of the member loop (346 plan begin, 291 plan, 307 eligibility...)
 * @param benefits     EB loops
 */
public record EligibilityMember(Party party, LocalDate birthDate, String gender, String relationship,
                                List<String> traceNumbers, List<RejectReason> errors, List<DateValue> dates,
                                List<Benefit> benefits) {
}
