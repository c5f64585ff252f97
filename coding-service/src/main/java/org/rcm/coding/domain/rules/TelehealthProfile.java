package org.rcm.coding.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A payer-scoped, dated telehealth (and unit-rounding) profile. Each period says which place of service and
 * modifiers a telehealth line gets on a date of service. {@code posHome}/{@code posOther} hold a POS code or
 * {@link #IN_PERSON_POS} ("report the POS you would have used in person", i.e. 11/12).
 */
public record TelehealthProfile(String name, String description, List<Period> periods) {
    public static final String IN_PERSON_POS = "IN_PERSON";

    /**
     * @param from              first date of service (inclusive)
     * @param to                last date of service (inclusive), null = open
     * @param audioOnlyAllowed  false: audio-only sessions are flagged AUDIO_ONLY_NOT_COVERED
     * @param unitRounding      rounding of per-15-minute HCPCS codes
     */
    public record Period(LocalDate from, LocalDate to, String posHome, String posOther, List<String> videoModifiers,
                         List<String> audioModifiers, boolean audioOnlyAllowed, UnitRounding unitRounding) {

        public boolean covers(LocalDate dos) {
            return !dos.isBefore(from) && (to == null || !dos.isAfter(to));
        }
    }

    public Optional<Period> periodOn(LocalDate dos) {
        return periods.stream().filter(p -> p.covers(dos)).findFirst();
    }

    /** Problems with a profile submitted for storage (overlapping or inverted periods, bad codes); empty = fine. */
    public List<String> problems() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (periods == null || periods.isEmpty()) {
            return List.of("periods: at least one period is required");
        }
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            String at = "periods[" + i + "]";
            if (p.from() == null) {
                out.add(at + ".from: required");
                continue;
            }
            if (p.to() != null && p.to().isBefore(p.from())) {
                out.add(at + ".to: must not be before from");
            }
            for (String pos : new String[]{p.posHome(), p.posOther()}) {
                if (pos == null || !(pos.matches("\\d{2}") || IN_PERSON_POS.equals(pos))) {
                    out.add(at + ".pos: must be a two-digit place of service or IN_PERSON");
                }
            }
            for (List<String> mods : List.of(nz(p.videoModifiers()), nz(p.audioModifiers()))) {
                if (mods.size() > 4 || mods.stream().anyMatch(m -> m == null || !m.matches("[A-Z0-9]{2}"))) {
                    out.add(at + ".modifiers: up to four two-character modifiers");
                }
            }
            if (p.unitRounding() == null) {
                out.add(at + ".unitRounding: required");
            }
            for (int j = 0; j < i; j++) {
                Period q = periods.get(j);
                if (q.from() != null && overlaps(p, q)) {
                    out.add(at + ": overlaps periods[" + j + "]");
                }
            }
        }
        return out;
    }

    private static boolean overlaps(Period a, Period b) {
        LocalDate aEnd = a.to() == null ? LocalDate.MAX : a.to();
        LocalDate bEnd = b.to() == null ? LocalDate.MAX : b.to();
        return !a.from().isAfter(bEnd) && !b.from().isAfter(aEnd);
    }

    private static List<String> nz(List<String> l) {
        return l == null ? List.of() : l;
    }
}
