package org.rcm.platform.x12.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Party;

/** Mutable collector for one 2000C/2000D loop. */
final class MemberBuilder {
    Party party;
    LocalDate birthDate;
    String gender;
    String relationship;
    final List<String> traces = new ArrayList<>(1);
    final List<RejectReason> errors = new ArrayList<>(0);
    final List<DateValue> dates = new ArrayList<>(1);
    final List<Benefit> benefits = new ArrayList<>(8);

    EligibilityMember build() {
        return new EligibilityMember(party, birthDate, gender, relationship, List.copyOf(traces), List.copyOf(errors),
                List.copyOf(dates), List.copyOf(benefits));
    }
}
