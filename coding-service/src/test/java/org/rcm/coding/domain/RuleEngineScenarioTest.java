package org.rcm.coding.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rcm.coding.domain.rules.CodingResult;
import org.rcm.coding.domain.rules.Evidence;
import org.rcm.coding.domain.rules.RuleEngine;
import org.rcm.coding.domain.rules.SessionFacts;
import org.rcm.coding.domain.rules.TelehealthProfiles;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven scenarios for the rule engine. Columns: name | service type | modality | patient location |
 * minutes (- = none) | patient present | group size | E/M code | indicators (I = interactive complexity,
 * C = crisis, M = medical services) | profile | date of service | expected lines (code[xUnits], comma-separated,
 * - = none) | expected POS | expected telehealth modifiers on every line (- = none) | expected flag (- = none).
 */
class RuleEngineScenarioTest {
    static final String TABLE = """
            psy 15 not billable        |PSYCHOTHERAPY|IN_PERSON|OFFICE|15|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|-|11|-|PSYCHOTHERAPY_UNDER_16_MIN
            psy 16 first 90832         |PSYCHOTHERAPY|IN_PERSON|OFFICE|16|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90832|11|-|-
            psy 30                     |PSYCHOTHERAPY|IN_PERSON|OFFICE|30|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90832|11|-|-
            psy 37 last 90832          |PSYCHOTHERAPY|IN_PERSON|OFFICE|37|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90832|11|-|-
            psy 38 first 90834         |PSYCHOTHERAPY|IN_PERSON|OFFICE|38|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90834|11|-|-
            psy 45                     |PSYCHOTHERAPY|IN_PERSON|OFFICE|45|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90834|11|-|-
            psy 52 last 90834          |PSYCHOTHERAPY|IN_PERSON|OFFICE|52|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90834|11|-|-
            psy 53 first 90837         |PSYCHOTHERAPY|IN_PERSON|OFFICE|53|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90837|11|-|-
            psy 90                     |PSYCHOTHERAPY|IN_PERSON|OFFICE|90|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90837|11|-|-
            psy no time                |PSYCHOTHERAPY|IN_PERSON|OFFICE|-|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|-|11|-|TIME_MISSING
            psy in person at home      |PSYCHOTHERAPY|IN_PERSON|HOME|45|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90834|12|-|-
            psy em documented not billed|PSYCHOTHERAPY|IN_PERSON|OFFICE|45|y|0|99213|-|COMMERCIAL_DEFAULT|2026-03-02|90834|11|-|EM_DOCUMENTED_NOT_BILLED
            em 15 no add-on            |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|15|y|0|99213|-|COMMERCIAL_DEFAULT|2026-03-02|99213|11|-|PSYCHOTHERAPY_UNDER_16_MIN
            em 16 90833                |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|16|y|0|99213|-|COMMERCIAL_DEFAULT|2026-03-02|99213,90833|11|-|-
            em 37 90833                |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|37|y|0|99212|-|COMMERCIAL_DEFAULT|2026-03-02|99212,90833|11|-|-
            em 38 90836                |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|38|y|0|99214|-|COMMERCIAL_DEFAULT|2026-03-02|99214,90836|11|-|-
            em 52 90836                |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|52|y|0|99214|-|COMMERCIAL_DEFAULT|2026-03-02|99214,90836|11|-|-
            em 53 90838                |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|53|y|0|99215|-|COMMERCIAL_DEFAULT|2026-03-02|99215,90838|11|-|-
            em new patient 99204       |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|40|y|0|99204|-|COMMERCIAL_DEFAULT|2026-03-02|99204,90836|11|-|-
            em missing: no add-on alone|EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|40|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|-|11|-|ADDON_WITHOUT_PRIMARY
            em 99211 not eligible      |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|40|y|0|99211|-|COMMERCIAL_DEFAULT|2026-03-02|-|11|-|EM_CODE_NOT_ELIGIBLE:99211
            em add-on with IC          |EM_WITH_PSYCHOTHERAPY|IN_PERSON|OFFICE|40|y|0|99213|I|COMMERCIAL_DEFAULT|2026-03-02|99213,90836,90785|11|-|-
            em video medicare 2026     |EM_WITH_PSYCHOTHERAPY|VIDEO|HOME|30|y|0|99213|-|MEDICARE_LIKE|2026-03-02|99213,90833|10|95|-
            ic with 90832              |PSYCHOTHERAPY|IN_PERSON|OFFICE|30|y|0|-|I|COMMERCIAL_DEFAULT|2026-03-02|90832,90785|11|-|-
            ic with 90837              |PSYCHOTHERAPY|IN_PERSON|OFFICE|60|y|0|-|I|COMMERCIAL_DEFAULT|2026-03-02|90837,90785|11|-|-
            ic with 90791              |EVALUATION|IN_PERSON|OFFICE|60|y|0|-|I|COMMERCIAL_DEFAULT|2026-03-02|90791,90785|11|-|-
            ic with group              |GROUP|IN_PERSON|OFFICE|60|y|6|-|I|COMMERCIAL_DEFAULT|2026-03-02|90853,90785|11|-|-
            ic forbidden with crisis   |CRISIS|IN_PERSON|OFFICE|60|y|0|-|IC|COMMERCIAL_DEFAULT|2026-03-02|90839|11|-|IC_NOT_WITH_CRISIS
            ic forbidden with family   |FAMILY|IN_PERSON|OFFICE|50|y|0|-|I|COMMERCIAL_DEFAULT|2026-03-02|90847|11|-|IC_NO_ELIGIBLE_PRIMARY
            ic forbidden with H0004    |BH_COUNSELING|IN_PERSON|OFFICE|30|y|0|-|I|COMMERCIAL_DEFAULT|2026-03-02|H0004x2|11|-|IC_NO_ELIGIBLE_PRIMARY
            ic forbidden under 16      |PSYCHOTHERAPY|IN_PERSON|OFFICE|10|y|0|-|I|COMMERCIAL_DEFAULT|2026-03-02|-|11|-|IC_NO_ELIGIBLE_PRIMARY
            crisis 25 as psychotherapy |CRISIS|IN_PERSON|OFFICE|25|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90832|11|-|-
            crisis 29 as psychotherapy |CRISIS|IN_PERSON|OFFICE|29|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90832|11|-|-
            crisis 30 first 90839      |CRISIS|IN_PERSON|OFFICE|30|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90839|11|-|-
            crisis 74 still 90839 only |CRISIS|IN_PERSON|OFFICE|74|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90839|11|-|-
            crisis 75 first 90840      |CRISIS|IN_PERSON|OFFICE|75|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90839,90840x1|11|-|-
            crisis 104 one 90840       |CRISIS|IN_PERSON|OFFICE|104|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90839,90840x1|11|-|-
            crisis 105 two 90840       |CRISIS|IN_PERSON|OFFICE|105|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90839,90840x2|11|-|-
            crisis 135 three 90840     |CRISIS|IN_PERSON|OFFICE|135|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90839,90840x3|11|-|-
            crisis undocumented        |CRISIS|IN_PERSON|OFFICE|60|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90839|11|-|CRISIS_NOT_DOCUMENTED
            family 25 not billable     |FAMILY|IN_PERSON|OFFICE|25|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|-|11|-|FAMILY_UNDER_26_MIN
            family 26 with patient     |FAMILY|IN_PERSON|OFFICE|26|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90847|11|-|-
            family 26 without patient  |FAMILY|IN_PERSON|OFFICE|26|n|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90846|11|-|-
            family 50 with patient     |FAMILY|IN_PERSON|OFFICE|50|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90847|11|-|-
            family 50 without patient  |FAMILY|IN_PERSON|OFFICE|50|n|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90846|11|-|-
            family video commercial    |FAMILY|VIDEO|HOME|50|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90847|10|95|-
            group 6                    |GROUP|IN_PERSON|OFFICE|90|y|6|-|-|COMMERCIAL_DEFAULT|2026-03-02|90853|11|-|-
            group size missing         |GROUP|IN_PERSON|OFFICE|90|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90853|11|-|GROUP_SIZE_MISSING
            group video medicaid GT    |GROUP|VIDEO|NOT_HOME|60|y|5|-|-|MEDICAID_GT|2026-03-02|90853|02|GT|-
            eval 90791                 |EVALUATION|IN_PERSON|OFFICE|60|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90791|11|-|-
            eval 90792 medical         |EVALUATION|IN_PERSON|OFFICE|60|y|0|-|M|COMMERCIAL_DEFAULT|2026-03-02|90792|11|-|-
            eval 90792 video           |EVALUATION|VIDEO|HOME|60|y|0|-|M|MEDICARE_LIKE|2026-03-02|90792|10|95|-
            iop per diem               |IOP|IN_PERSON|OFFICE|180|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|H0015|11|-|-
            iop under 3 hours          |IOP|IN_PERSON|OFFICE|120|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|H0015|11|-|IOP_UNDER_3_HOURS
            iop no time                |IOP|IN_PERSON|OFFICE|-|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|H0015|11|-|TIME_MISSING
            H0004 7 min 8-minute rule  |BH_COUNSELING|IN_PERSON|OFFICE|7|y|0|-|-|MEDICARE_LIKE|2026-03-02|-|11|-|UNDER_ONE_UNIT:H0004
            H0004 8 min 8-minute rule  |BH_COUNSELING|IN_PERSON|OFFICE|8|y|0|-|-|MEDICARE_LIKE|2026-03-02|H0004x1|11|-|-
            H0004 22 min 8-minute rule |BH_COUNSELING|IN_PERSON|OFFICE|22|y|0|-|-|MEDICARE_LIKE|2026-03-02|H0004x1|11|-|-
            H0004 23 min 8-minute rule |BH_COUNSELING|IN_PERSON|OFFICE|23|y|0|-|-|MEDICARE_LIKE|2026-03-02|H0004x2|11|-|-
            H0004 14 min full unit     |BH_COUNSELING|IN_PERSON|OFFICE|14|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|-|11|-|UNDER_ONE_UNIT:H0004
            H0004 29 min full unit     |BH_COUNSELING|IN_PERSON|OFFICE|29|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|H0004x1|11|-|-
            H0004 60 min full unit     |BH_COUNSELING|IN_PERSON|OFFICE|60|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|H0004x4|11|-|-
            H2019 38 min 8-minute rule |THERAPEUTIC_BEHAVIORAL|IN_PERSON|OFFICE|38|y|0|-|-|MEDICARE_LIKE|2026-03-02|H2019x3|11|-|-
            H2019 38 min full unit     |THERAPEUTIC_BEHAVIORAL|IN_PERSON|OFFICE|38|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|H2019x2|11|-|-
            H2019 video FQHC           |THERAPEUTIC_BEHAVIORAL|VIDEO|HOME|45|y|0|-|-|FQHC_RHC|2026-03-02|H2019x3|10|95|-
            tele medicare 2023 home    |PSYCHOTHERAPY|VIDEO|HOME|53|y|0|-|-|MEDICARE_LIKE|2023-06-01|90837|11|95|-
            tele medicare 2024 home    |PSYCHOTHERAPY|VIDEO|HOME|53|y|0|-|-|MEDICARE_LIKE|2024-01-01|90837|10|95|-
            tele medicare 2026 other   |PSYCHOTHERAPY|VIDEO|NOT_HOME|53|y|0|-|-|MEDICARE_LIKE|2026-03-02|90837|02|95|-
            tele medicare audio home   |PSYCHOTHERAPY|AUDIO_ONLY|HOME|45|y|0|-|-|MEDICARE_LIKE|2026-03-02|90834|10|93|-
            tele medicare before PHE   |PSYCHOTHERAPY|VIDEO|HOME|45|y|0|-|-|MEDICARE_LIKE|2019-06-03|90834|02|-|TELEHEALTH_PROFILE_NO_PERIOD
            tele commercial 2021 home  |PSYCHOTHERAPY|VIDEO|HOME|45|y|0|-|-|COMMERCIAL_DEFAULT|2021-12-31|90834|02|95|-
            tele commercial 2022 home  |PSYCHOTHERAPY|VIDEO|HOME|45|y|0|-|-|COMMERCIAL_DEFAULT|2022-01-01|90834|10|95|-
            tele commercial office     |PSYCHOTHERAPY|VIDEO|OFFICE|45|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90834|02|95|-
            tele commercial audio      |PSYCHOTHERAPY|AUDIO_ONLY|NOT_HOME|30|y|0|-|-|COMMERCIAL_DEFAULT|2026-03-02|90832|02|93|-
            tele medicaid video GT     |PSYCHOTHERAPY|VIDEO|HOME|45|y|0|-|-|MEDICAID_GT|2026-03-02|90834|02|GT|-
            tele medicaid audio denied |PSYCHOTHERAPY|AUDIO_ONLY|HOME|45|y|0|-|-|MEDICAID_GT|2026-03-02|90834|02|-|AUDIO_ONLY_NOT_COVERED
            tele fqhc audio FQ         |PSYCHOTHERAPY|AUDIO_ONLY|HOME|45|y|0|-|-|FQHC_RHC|2026-03-02|90834|10|FQ+93|-
            tele fqhc video            |PSYCHOTHERAPY|VIDEO|NOT_HOME|60|y|0|-|-|FQHC_RHC|2026-03-02|90837|02|95|-
            tele crisis video          |CRISIS|VIDEO|HOME|80|y|0|-|C|COMMERCIAL_DEFAULT|2026-03-02|90839,90840x1|10|95|-
            tele IC add-on gets 95     |PSYCHOTHERAPY|VIDEO|HOME|40|y|0|-|I|COMMERCIAL_DEFAULT|2026-03-02|90834,90785|10|95|-
            """;

    static Stream<String> rows() {
        return TABLE.lines().filter(l -> !l.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void scenario(String row) {
        String[] c = Arrays.stream(row.split("\\|")).map(String::trim).toArray(String[]::new);
        Integer minutes = c[4].equals("-") ? null : Integer.valueOf(c[4]);
        String ind = c[8];
        Evidence note = Evidence.note("indicator", 0, 9);
        SessionFacts facts = new SessionFacts(LocalDate.parse(c[10]), c[1], c[2], c[3], minutes,
                minutes == null ? null : Evidence.field(minutes + " minutes"), c[5].equals("y"), false,
                Integer.parseInt(c[6]), c[7].equals("-") ? null : c[7],
                c[7].equals("-") ? null : Evidence.field("E/M " + c[7]), ind.contains("M") ? note : null,
                ind.contains("I") ? note : null, ind.contains("C") ? note : null);
        CodingResult r = new RuleEngine().code(facts,
                TelehealthProfiles.byName(c[9]).orElseThrow().periodOn(facts.dateOfService()).orElse(null));

        String lines = r.lines().stream().map(l -> l.code() + (l.units() > 1 || c[11].contains(l.code() + "x")
                ? "x" + l.units() : "")).collect(Collectors.joining(","));
        assertThat(lines.isEmpty() ? "-" : lines).as("lines of " + c[0]).isEqualTo(c[11]);
        assertThat(r.placeOfService()).as("POS of " + c[0]).isEqualTo(c[12]);
        List<String> mods = c[13].equals("-") ? List.of() : List.of(c[13].split("\\+"));
        r.lines().forEach(l -> assertThat(l.modifiers()).as("modifiers of " + l.code()).isEqualTo(mods));
        if (c[14].equals("-")) {
            assertThat(r.flags()).as("flags of " + c[0]).isEmpty();
        } else {
            assertThat(r.flags()).as("flags of " + c[0]).contains(c[14]);
        }
        r.lines().forEach(l -> {
            assertThat(l.ruleId()).isNotBlank();
            assertThat(l.evidence()).isNotNull();
        });
    }

    @org.junit.jupiter.api.Test
    void tableHasAtLeastSixtyScenarios() {
        assertThat(rows().count()).isGreaterThanOrEqualTo(60);
    }
}
