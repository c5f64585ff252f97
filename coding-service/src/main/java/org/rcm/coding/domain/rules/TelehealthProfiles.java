package org.rcm.coding.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in default profiles (a tenant may override any of them, or add its own, via REST). Our reading of the
 * sources, summarised in docs/coding.md; verify against the current MAC/payer manual before relying on them.
 */
public final class TelehealthProfiles {
    public static final String MEDICARE_LIKE = "MEDICARE_LIKE";
    public static final String COMMERCIAL_DEFAULT = "COMMERCIAL_DEFAULT";
    public static final String MEDICAID_GT = "MEDICAID_GT";
    public static final String FQHC_RHC = "FQHC_RHC";

    private static final LocalDate PHE_START = LocalDate.of(2020, 3, 1);

    /**
     * Medicare-like: during the public-health emergency and through 2023 the in-person POS with modifier 95;
     * from 2024 POS 10 (patient home) / 02 (elsewhere) with 95 for video and 93 for audio-only; per-15-minute
     * codes by the 8-minute rule.
     */
    public static final TelehealthProfile MEDICARE = new TelehealthProfile(MEDICARE_LIKE,
            "Medicare-like: in-person POS + 95 through 2023, then POS 10/02; 93 audio-only; 8-minute rule",
            List.of(new TelehealthProfile.Period(PHE_START, LocalDate.of(2023, 12, 31),
                            TelehealthProfile.IN_PERSON_POS, TelehealthProfile.IN_PERSON_POS, List.of("95"),
                            List.of("93"), true, UnitRounding.CMS_8_MINUTE),
                    new TelehealthProfile.Period(LocalDate.of(2024, 1, 1), null, "10", "02", List.of("95"),
                            List.of("93"), true, UnitRounding.CMS_8_MINUTE)));

    /** Commercial default: POS 02 before 2022 (POS 10 did not exist), then 10/02; 95 video, 93 audio; full units. */
    public static final TelehealthProfile COMMERCIAL = new TelehealthProfile(COMMERCIAL_DEFAULT,
            "Commercial default: POS 10 (home) / 02 from 2022, 02 before; 95 video; 93 audio-only; full units",
            List.of(new TelehealthProfile.Period(LocalDate.of(2017, 1, 1), LocalDate.of(2021, 12, 31), "02", "02",
                            List.of("95"), List.of("93"), true, UnitRounding.FULL_UNIT),
                    new TelehealthProfile.Period(LocalDate.of(2022, 1, 1), null, "10", "02", List.of("95"),
                            List.of("93"), true, UnitRounding.FULL_UNIT)));

    /** Medicaid plans that still ask for GT (interactive audio-video) and do not cover audio-only. */
    public static final TelehealthProfile MEDICAID = new TelehealthProfile(MEDICAID_GT,
            "Medicaid-style: POS 02, modifier GT for video, audio-only not covered; full units",
            List.of(new TelehealthProfile.Period(LocalDate.of(2017, 1, 1), null, "02", "02", List.of("GT"),
                    List.of(), false, UnitRounding.FULL_UNIT)));

    /** RHC/FQHC mental-health visits: audio-only carries FQ (with 93), video 95. */
    public static final TelehealthProfile FQHC = new TelehealthProfile(FQHC_RHC,
            "RHC/FQHC: POS 10/02, 95 video, FQ + 93 audio-only; 8-minute rule",
            List.of(new TelehealthProfile.Period(LocalDate.of(2022, 1, 1), null, "10", "02", List.of("95"),
                    List.of("FQ", "93"), true, UnitRounding.CMS_8_MINUTE)));

    public static final Map<String, TelehealthProfile> DEFAULTS = Map.of(MEDICARE_LIKE, MEDICARE,
            COMMERCIAL_DEFAULT, COMMERCIAL, MEDICAID_GT, MEDICAID, FQHC_RHC, FQHC);

    private TelehealthProfiles() {
    }

    public static Optional<TelehealthProfile> byName(String name) {
        return Optional.ofNullable(DEFAULTS.get(name));
    }
}
