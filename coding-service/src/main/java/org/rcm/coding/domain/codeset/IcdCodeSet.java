package org.rcm.coding.domain.codeset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ICD-10-CM with history: every code with the periods it was valid. Built from an order file (valid from its
 * effective date) and then the addenda of later releases, applied in date order.
 */
public final class IcdCodeSet implements IcdLookup {
    private final Map<String, List<IcdCode>> byCode = new HashMap<>();

    /** Adds a code valid from {@code from} (open-ended). */
    public void add(String code, boolean billable, String shortTitle, String longTitle, LocalDate from) {
        byCode.computeIfAbsent(code, k -> new ArrayList<>(1))
                .add(new IcdCode(code, billable, shortTitle, longTitle, from, null));
    }

    /** Ends the open period of a code: not valid on or after {@code on}. False if the code had no open period. */
    public boolean close(String code, LocalDate on) {
        List<IcdCode> periods = byCode.get(code);
        if (periods == null) {
            return false;
        }
        for (int i = 0; i < periods.size(); i++) {
            IcdCode p = periods.get(i);
            if (p.validTo() == null) {
                if (p.validFrom().equals(on)) {
                    periods.remove(i);
                } else {
                    periods.set(i, new IcdCode(p.code(), p.billable(), p.shortTitle(), p.longTitle(), p.validFrom(),
                            on));
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<IcdCode> on(String code, LocalDate dos) {
        List<IcdCode> periods = byCode.get(IcdCode.undotted(code));
        return periods == null ? Optional.empty() : periods.stream().filter(p -> p.validOn(dos)).findFirst();
    }

    @Override
    public List<IcdCode> history(String code) {
        return byCode.getOrDefault(IcdCode.undotted(code), List.of());
    }

    @Override
    public List<IcdCode> validOn(LocalDate dos, String... prefixes) {
        List<IcdCode> out = new ArrayList<>();
        for (List<IcdCode> periods : byCode.values()) {
            for (IcdCode p : periods) {
                if (p.validOn(dos) && startsWithAny(p.code(), prefixes)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    @Override
    public boolean loaded() {
        return !byCode.isEmpty();
    }

    public int size() {
        return byCode.size();
    }

    public Collection<List<IcdCode>> all() {
        return byCode.values();
    }

    private static boolean startsWithAny(String code, String... prefixes) {
        if (prefixes.length == 0) {
            return true;
        }
        for (String p : prefixes) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
