package org.rcm.claim.domain;

import org.rcm.claim.domain.ncci.NcciTables;
import org.rcm.claim.domain.scrub.AuthorizationInfo;
import org.rcm.claim.domain.scrub.PayerRules;
import org.rcm.claim.domain.scrub.ScrubContext;
import org.rcm.claim.domain.scrub.TelehealthProfile;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.claim.ClaimSubmitted.Address;
import org.rcm.platform.events.claim.ClaimSubmitted.ClaimLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds a clean professional claim (and its scrub context) that tests then break one field at a time. */
public final class ClaimBuilder {
    public static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    public static final Address OFFICE = new Address("100 Main St", null, "Springfield", "IL", "627011234");

    public String pcn = "RC0000000001";
    public LocalDate dos = DOS;
    public String pos = "11";
    public String frequency = "1";
    public String payerClaimControlNumber;
    public String priorAuthorization;
    public ClaimSubmitted.Provider billing = new ClaimSubmitted.Provider("1234567893", "103T00000X", "123456789",
            "Calm Waters Counseling", null, null, OFFICE);
    public ClaimSubmitted.Provider rendering = new ClaimSubmitted.Provider("1497758544", "1041C0700X", null, null,
            "Rivera", "Ana", null);
    public ClaimSubmitted.Payer payer = new ClaimSubmitted.Payer("payer-1", "60054", "Example Health", "CI", "P");
    public ClaimSubmitted.Person subscriber = new ClaimSubmitted.Person("W123456789", "GRP100", "Doe", "Jane",
            LocalDate.of(1985, 4, 12), "F", new Address("1 Elm St", null, "Springfield", "IL", "62702"));
    public ClaimSubmitted.Person patient;
    public String relationship = "18";
    public List<String> diagnoses = new ArrayList<>(List.of("F41.1"));
    public List<ClaimLine> lines = new ArrayList<>();
    public BigDecimal total;
    public List<ClaimSubmitted.OtherPayer> otherPayers = new ArrayList<>();
    public ClaimSubmitted.Provider supervising;

    // context
    public LocalDate today = DOS.plusDays(3);
    public PayerRules rules = new PayerRules("payer-1", 90, TelehealthProfile.COMMERCIAL_95, Set.of());
    public int primaries = 1;
    public AuthorizationInfo authorization;
    public String phone = "2175550100";
    public String taxIdType = "EIN";
    public NcciTables ncci = NcciTables.EMPTY;

    public ClaimBuilder() {
        line("90834", 1, "140.00");
    }

    public static ClaimBuilder clean() {
        return new ClaimBuilder();
    }

    public ClaimBuilder noLines() {
        lines.clear();
        return this;
    }

    public ClaimBuilder line(String code, int units, String charge, String... modifiers) {
        int n = lines.size() + 1;
        lines.add(new ClaimLine(n, pcn + "-" + n, code, List.of(modifiers), units, new BigDecimal(charge), List.of(1),
                null));
        return this;
    }

    public ClaimBuilder replaceLine(int index, ClaimLine l) {
        lines.set(index, l);
        return this;
    }

    public ClaimSubmitted build() {
        BigDecimal sum = total != null ? total : lines.stream().map(ClaimLine::charge).filter(c -> c != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ClaimSubmitted("clm-1", pcn, "ses-1", "prac-1", "prov-1", "pat-1", payer == null ? null : payer.payerId(),
                dos, pos, frequency, payerClaimControlNumber, priorAuthorization, billing, rendering, payer, subscriber,
                patient, relationship, diagnoses, lines, sum, otherPayers, phone, taxIdType, null, supervising);
    }

    public ScrubContext context() {
        return new ScrubContext(today, rules, primaries, authorization, phone, taxIdType, ncci);
    }
}
