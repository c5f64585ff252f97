package org.rcm.claim.domain.ncci;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory NCCI practitioner PTP and MUE tables, indexed for the scrubber's per-claim lookups. Immutable. */
public final class NcciTables {
    public static final NcciTables EMPTY = new NcciTables(Map.of(), Map.of());

    private final Map<String, Map<String, List<PtpEdit>>> ptp;
    private final Map<String, MueLimit> mue;

    private NcciTables(Map<String, Map<String, List<PtpEdit>>> ptp, Map<String, MueLimit> mue) {
        this.ptp = ptp;
        this.mue = mue;
    }

    /** The PTP edit in force on {@code dos} for (column1, column2), or null. */
    public PtpEdit ptp(String column1, String column2, LocalDate dos) {
        Map<String, List<PtpEdit>> byColumn2 = ptp.get(column1);
        if (byColumn2 == null) {
            return null;
        }
        List<PtpEdit> edits = byColumn2.get(column2);
        if (edits == null) {
            return null;
        }
        for (PtpEdit e : edits) {
            if (e.activeOn(dos)) {
                return e;
            }
        }
        return null;
    }

    public MueLimit mue(String code) {
        return mue.get(code);
    }

    public int ptpCount() {
        return ptp.values().stream().mapToInt(m -> m.values().stream().mapToInt(List::size).sum()).sum();
    }

    public int mueCount() {
        return mue.size();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Map<String, List<PtpEdit>>> ptp = new HashMap<>();
        private final Map<String, MueLimit> mue = new HashMap<>();

        public Builder add(PtpEdit e) {
            ptp.computeIfAbsent(e.column1(), k -> new HashMap<>()).computeIfAbsent(e.column2(), k -> new ArrayList<>())
                    .add(e);
            return this;
        }

        public Builder add(MueLimit m) {
            mue.put(m.code(), m);
            return this;
        }

        public NcciTables build() {
            Map<String, Map<String, List<PtpEdit>>> frozen = new HashMap<>();
            ptp.forEach((c1, m) -> {
                Map<String, List<PtpEdit>> inner = new HashMap<>();
                m.forEach((c2, l) -> inner.put(c2, List.copyOf(l)));
                frozen.put(c1, Map.copyOf(inner));
            });
            return new NcciTables(Map.copyOf(frozen), Map.copyOf(mue));
        }
    }
}
