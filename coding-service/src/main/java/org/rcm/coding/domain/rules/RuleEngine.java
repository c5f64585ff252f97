package org.rcm.coding.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deterministic coding rules for behavioral-health sessions. Plain Java: the same facts and profile period always
 * give the same lines. Every line names its rule id (see docs/coding.md for the source of each rule).
 */
public final class RuleEngine {
    /** E/M codes that may carry a psychotherapy add-on (office/outpatient, inpatient, nursing facility, home). */
    static final Set<String> EM_CODES = Set.of("99202", "99203", "99204", "99205", "99212", "99213", "99214",
            "99215", "99221", "99222", "99223", "99231", "99232", "99233", "99304", "99305", "99306", "99307",
            "99308", "99309", "99310", "99341", "99342", "99344", "99345", "99347", "99348", "99349", "99350");
    /** Primary codes 90785 may be added to (CPT interactive-complexity rule). */
    static final Set<String> IC_PRIMARIES = Set.of("90791", "90792", "90832", "90833", "90834", "90836", "90837",
            "90838", "90853");

    public CodingResult code(SessionFacts f, TelehealthProfile.Period profile) {
        List<CodingResult.Line> lines = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        UnitRounding rounding = profile == null ? UnitRounding.CMS_8_MINUTE : profile.unitRounding();
        switch (f.serviceType()) {
            case "PSYCHOTHERAPY" -> psychotherapy(f, lines, flags);
            case "EM_WITH_PSYCHOTHERAPY" -> emWithPsychotherapy(f, lines, flags);
            case "CRISIS" -> crisis(f, lines, flags);
            case "FAMILY" -> family(f, lines, flags);
            case "GROUP" -> group(f, lines, flags);
            case "EVALUATION" -> evaluation(f, lines);
            case "IOP" -> iop(f, lines, flags);
            case "BH_COUNSELING" -> perUnit("H0004", "HCPCS-H0004-15MIN", f, rounding, lines, flags);
            case "THERAPEUTIC_BEHAVIORAL" -> perUnit("H2019", "HCPCS-H2019-15MIN", f, rounding, lines, flags);
            default -> flags.add("UNKNOWN_SERVICE_TYPE");
        }
        interactiveComplexity(f, lines, flags);
        if (f.emEvidence() != null && !"EM_WITH_PSYCHOTHERAPY".equals(f.serviceType())
                && !"EVALUATION".equals(f.serviceType())) {
            flags.add("EM_DOCUMENTED_NOT_BILLED");
        }
        String pos = placeOfService(f, profile, flags);
        List<String> modifiers = telehealthModifiers(f, profile, flags);
        List<CodingResult.Line> withModifiers = lines.stream().map(l -> new CodingResult.Line(l.code(),
                concat(l.modifiers(), modifiers), l.units(), l.minutes(), l.ruleId(), l.evidence())).toList();
        return new CodingResult(pos, withModifiers, List.copyOf(flags));
    }

    /** CPT time rule (midpoint passed): 16-37 90832, 38-52 90834, 53+ 90837; under 16 not reportable. */
    public static String psychotherapyCode(int minutes) {
        return minutes < 16 ? null : minutes <= 37 ? "90832" : minutes <= 52 ? "90834" : "90837";
    }

    /** Same thresholds for the add-ons reported with an E/M service. */
    public static String addOnCode(int minutes) {
        return minutes < 16 ? null : minutes <= 37 ? "90833" : minutes <= 52 ? "90836" : "90838";
    }

    /** Units of 90840 for a crisis session: 75-104 minutes 1, 105-134 2, ... (0 below 75). */
    public static int crisisAddOnUnits(int minutes) {
        return minutes < 75 ? 0 : (minutes - 75) / 30 + 1;
    }

    private static void psychotherapy(SessionFacts f, List<CodingResult.Line> lines, List<String> flags) {
        if (!timed(f, flags)) {
            return;
        }
        String code = psychotherapyCode(f.minutes());
        if (code == null) {
            flags.add("PSYCHOTHERAPY_UNDER_16_MIN");
            return;
        }
        lines.add(line(code, 1, f.minutes(), "PSY-TIME-" + code, f.minutesEvidence()));
    }

    private static void emWithPsychotherapy(SessionFacts f, List<CodingResult.Line> lines, List<String> flags) {
        if (f.emCode() == null || !EM_CODES.contains(f.emCode())) {
            flags.add(f.emCode() == null ? "EM_CODE_MISSING" : "EM_CODE_NOT_ELIGIBLE:" + f.emCode());
            flags.add("ADDON_WITHOUT_PRIMARY");
            return;
        }
        lines.add(line(f.emCode(), 1, null, "EM-PRIMARY", f.emEvidence()));
        if (!timed(f, flags)) {
            return;
        }
        String addOn = addOnCode(f.minutes());
        if (addOn == null) {
            flags.add("PSYCHOTHERAPY_UNDER_16_MIN");
            return;
        }
        lines.add(line(addOn, 1, f.minutes(), "EM-ADDON-" + addOn, f.minutesEvidence()));
    }

    private static void crisis(SessionFacts f, List<CodingResult.Line> lines, List<String> flags) {
        if (!timed(f, flags)) {
            return;
        }
        if (f.crisis() == null) {
            flags.add("CRISIS_NOT_DOCUMENTED");
        }
        int m = f.minutes();
        if (m < 30) {
            String code = psychotherapyCode(m);
            if (code == null) {
                flags.add("PSYCHOTHERAPY_UNDER_16_MIN");
            } else {
                lines.add(line(code, 1, m, "CRISIS-UNDER-30", f.minutesEvidence()));
            }
            return;
        }
        lines.add(line("90839", 1, m, "CRISIS-90839", f.minutesEvidence()));
        int extra = crisisAddOnUnits(m);
        if (extra > 0) {
            lines.add(line("90840", extra, m, "CRISIS-90840", f.minutesEvidence()));
        }
    }

    private static void family(SessionFacts f, List<CodingResult.Line> lines, List<String> flags) {
        if (!timed(f, flags)) {
            return;
        }
        if (f.minutes() < 26) {
            flags.add("FAMILY_UNDER_26_MIN");
            return;
        }
        String code = f.patientPresent() ? "90847" : "90846";
        lines.add(line(code, 1, f.minutes(), "FAMILY-" + code, f.minutesEvidence()));
    }

    private static void group(SessionFacts f, List<CodingResult.Line> lines, List<String> flags) {
        if (f.groupSize() < 2) {
            flags.add("GROUP_SIZE_MISSING");
        }
        lines.add(line("90853", 1, f.minutes(), "GROUP-90853",
                Evidence.field("group psychotherapy, " + f.groupSize() + " participants")));
    }

    private static void evaluation(SessionFacts f, List<CodingResult.Line> lines) {
        if (f.medicalServices() != null) {
            lines.add(line("90792", 1, f.minutes(), "EVAL-90792", f.medicalServices()));
        } else {
            lines.add(line("90791", 1, f.minutes(), "EVAL-90791", Evidence.field("diagnostic evaluation")));
        }
    }

    private static void iop(SessionFacts f, List<CodingResult.Line> lines, List<String> flags) {
        if (f.minutes() == null) {
            flags.add("TIME_MISSING");
        } else if (f.minutes() < 180) {
            flags.add("IOP_UNDER_3_HOURS");
        }
        lines.add(line("H0015", 1, f.minutes(), "HCPCS-H0015-DIEM",
                f.minutesEvidence() != null ? f.minutesEvidence() : Evidence.field("intensive outpatient day")));
    }

    private static void perUnit(String code, String rule, SessionFacts f, UnitRounding rounding,
                                List<CodingResult.Line> lines, List<String> flags) {
        if (!timed(f, flags)) {
            return;
        }
        int units = rounding.units(f.minutes(), 15);
        if (units == 0) {
            flags.add("UNDER_ONE_UNIT:" + code);
            return;
        }
        lines.add(line(code, units, f.minutes(), rule + "-" + rounding.name(), f.minutesEvidence()));
    }

    private static void interactiveComplexity(SessionFacts f, List<CodingResult.Line> lines, List<String> flags) {
        if (f.interactiveComplexity() == null) {
            return;
        }
        boolean crisis = lines.stream().anyMatch(l -> l.code().equals("90839") || l.code().equals("90840"));
        if (crisis) {
            flags.add("IC_NOT_WITH_CRISIS");
            return;
        }
        if (lines.stream().noneMatch(l -> IC_PRIMARIES.contains(l.code()))) {
            flags.add("IC_NO_ELIGIBLE_PRIMARY");
            return;
        }
        lines.add(line("90785", 1, null, "IC-90785", f.interactiveComplexity()));
    }

    private static boolean timed(SessionFacts f, List<String> flags) {
        if (f.minutes() == null) {
            flags.add("TIME_MISSING");
            return false;
        }
        return true;
    }

    static String placeOfService(SessionFacts f, TelehealthProfile.Period p, List<String> flags) {
        String inPerson = "HOME".equals(f.location()) ? "12" : "11";
        if ("IN_PERSON".equals(f.modality())) {
            return inPerson;
        }
        if (p == null) {
            flags.add("TELEHEALTH_PROFILE_NO_PERIOD");
            return "02";
        }
        String pos = "HOME".equals(f.location()) ? p.posHome() : p.posOther();
        return TelehealthProfile.IN_PERSON_POS.equals(pos) ? "11" : pos;
    }

    static List<String> telehealthModifiers(SessionFacts f, TelehealthProfile.Period p, List<String> flags) {
        if ("IN_PERSON".equals(f.modality()) || p == null) {
            return List.of();
        }
        if ("AUDIO_ONLY".equals(f.modality())) {
            if (!p.audioOnlyAllowed()) {
                flags.add("AUDIO_ONLY_NOT_COVERED");
            }
            return p.audioModifiers();
        }
        return p.videoModifiers();
    }

    private static CodingResult.Line line(String code, int units, Integer minutes, String rule, Evidence e) {
        return new CodingResult.Line(code, List.of(), units, minutes, rule, e == null ? Evidence.field(rule) : e);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(m -> !out.contains(m)).forEach(out::add);
        return List.copyOf(out);
    }
}
