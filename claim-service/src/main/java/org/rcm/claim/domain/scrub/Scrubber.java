package org.rcm.claim.domain.scrub;

import org.rcm.claim.domain.ncci.MueLimit;
import org.rcm.claim.domain.ncci.PtpEdit;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.claim.ClaimSubmitted.ClaimLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claim scrubber: runs every edit of docs/claim-edits.md over a claim as it would leave (the ClaimSubmitted
 * payload) and returns the findings. Plain Java, stateless, thread-safe; a claim with any BLOCK edit is held.
 */
public final class Scrubber {
    public static final LocalDate ICD10_START = LocalDate.of(2015, 10, 1);
    static final Set<String> FREQUENCIES = Set.of("1", "7", "8");
    static final Set<String> TELEHEALTH_POS = Set.of("02", "10");
    static final Set<String> TELEHEALTH_MODIFIERS = Set.of("95", "GT", "93", "FQ");
    static final Set<String> PTP_BYPASS_MODIFIERS = Set.of("59", "XE", "XS", "XP", "XU", "25", "91");
    static final Set<String> PSYCHOTHERAPY = Set.of("90832", "90834", "90837");
    static final Set<String> EM_ADDONS = Set.of("90833", "90836", "90838");
    static final Set<String> EVALUATIONS = Set.of("90791", "90792");
    static final Set<String> CRISIS = Set.of("90839", "90840");
    static final Set<String> INTERACTIVE_PRIMARIES = Set.of("90791", "90792", "90832", "90834", "90837", "90833",
            "90836", "90838", "90853");
    static final Set<String> RELATIONSHIPS = Set.of("18", "01", "19", "20", "21", "39", "40", "53", "G8");
    static final int MAX_DIAGNOSES = 12;
    static final int MAX_LINES = 50;
    static final int TIMELY_WARN_DAYS = 7;

    private Scrubber() {
    }

    public static List<Edit> scrub(ClaimSubmitted c, ScrubContext ctx) {
        List<Edit> out = new ArrayList<>(4);
        header(c, out);
        parties(c, ctx, out);
        frequency(c, out);
        diagnoses(c, out);
        lines(c, out);
        if (c.lines() != null && !c.lines().isEmpty()) {
            sameDay(c, ctx, out);
            telehealth(c, ctx, out);
            authorization(c, ctx, out);
        }
        payers(c, ctx, out);
        timelyFiling(c, ctx, out);
        return out;
    }

    public static boolean blocks(List<Edit> edits) {
        for (Edit e : edits) {
            if (e.blocks()) {
                return true;
            }
        }
        return false;
    }

    // --- required header data ----------------------------------------------------------------------------------

    private static void header(ClaimSubmitted c, List<Edit> out) {
        String pcn = c.patientControlNumber();
        if (Formats.blank(pcn)) {
            out.add(Edit.block("REQ-PCN", "patientControlNumber", "patient control number (CLM01) is required"));
        } else if (pcn.length() > 38) {
            out.add(Edit.block("PCN-LENGTH", "patientControlNumber", "CLM01 is longer than 38 characters"));
        } else if (pcn.length() > 20) {
            out.add(Edit.warn("PCN-LENGTH", "patientControlNumber",
                    "CLM01 longer than 20 characters is truncated by many payers in the 835"));
        }
        if (c.dateOfService() == null) {
            out.add(Edit.block("REQ-DOS", "dateOfService", "date of service is required"));
        }
        if (Formats.blank(c.placeOfService()) || c.placeOfService().length() != 2
                || !Formats.digits(c.placeOfService())) {
            out.add(Edit.block("REQ-POS", "placeOfService", "place of service must be a 2-digit CMS code"));
        }
    }

    private static void parties(ClaimSubmitted c, ScrubContext ctx, List<Edit> out) {
        ClaimSubmitted.Provider b = c.billingProvider();
        if (b == null) {
            out.add(Edit.block("REQ-BILLING", "billingProvider", "billing provider (practice) is not set up"));
        } else {
            provider(b, "billingProvider", out);
            if (Formats.blank(b.organizationName()) && Formats.blank(b.lastName())) {
                out.add(Edit.block("REQ-BILLING", "billingProvider.organizationName", "billing provider name is required"));
            }
            ClaimSubmitted.Address a = b.address();
            if (a == null || Formats.blank(a.line1()) || Formats.blank(a.city()) || Formats.blank(a.state())) {
                out.add(Edit.block("REQ-BILLING", "billingProvider.address", "billing provider street address is required"));
            } else if (!Formats.zip(a.postalCode(), true)) {
                out.add(Edit.block("ZIP-BILLING", "billingProvider.address.postalCode",
                        "billing provider ZIP must be 9 digits (ZIP+4)"));
            }
            boolean ssn = "SSN".equalsIgnoreCase(ctx.taxIdType());
            if (Formats.blank(b.taxId())) {
                out.add(Edit.block("REQ-BILLING", "billingProvider.taxId", "billing provider TIN is required"));
            } else if (ssn ? !Formats.ssn(b.taxId()) : !Formats.ein(b.taxId())) {
                out.add(Edit.block("TIN-FORMAT", "billingProvider.taxId",
                        ssn ? "billing provider SSN is not a valid SSN" : "billing provider EIN is not a valid EIN"));
            }
        }
        if (ctx.billingPhone() == null) {
            out.add(Edit.warn("PHONE-FORMAT", "billingProvider.phone", "billing contact phone is missing"));
        } else if (!Formats.phone(ctx.billingPhone())) {
            out.add(Edit.block("PHONE-FORMAT", "billingProvider.phone",
                    "billing contact phone must be 10 digits, area code and exchange starting 2-9"));
        }
        if (c.renderingProvider() == null) {
            out.add(Edit.block("REQ-RENDERING", "renderingProvider", "rendering provider is not set up"));
        } else {
            provider(c.renderingProvider(), "renderingProvider", out);
            if (Formats.blank(c.renderingProvider().lastName()) && Formats.blank(c.renderingProvider().organizationName())) {
                out.add(Edit.block("REQ-RENDERING", "renderingProvider.lastName", "rendering provider name is required"));
            }
        }
        if (c.supervisingProvider() != null) {
            provider(c.supervisingProvider(), "supervisingProvider", out);
        }
        ClaimSubmitted.Payer p = c.payer();
        if (p == null) {
            out.add(Edit.block("REQ-PAYER", "payer", "payer is not set up"));
        } else {
            if (Formats.blank(p.clearinghousePayerId())) {
                out.add(Edit.block("REQ-PAYER", "payer.clearinghousePayerId", "clearinghouse payer id is required"));
            }
            if (Formats.blank(p.claimFilingIndicator())) {
                out.add(Edit.block("REQ-PAYER", "payer.claimFilingIndicator", "claim filing indicator (SBR09) is required"));
            }
        }
        ClaimSubmitted.Person s = c.subscriber();
        if (s == null) {
            out.add(Edit.block("REQ-SUBSCRIBER", "subscriber", "subscriber (coverage) is missing"));
        } else {
            person(s, "subscriber", true, out);
        }
        String rel = c.patientRelationship();
        if (rel == null || !RELATIONSHIPS.contains(rel)) {
            out.add(Edit.block("REQ-RELATIONSHIP", "patientRelationship", "patient relationship code is missing or unknown"));
        } else if (!rel.equals("18")) {
            if (c.patient() == null) {
                out.add(Edit.block("REQ-PATIENT", "patient", "patient is required when the patient is not the subscriber"));
            } else {
                person(c.patient(), "patient", false, out);
            }
        }
    }

    private static void provider(ClaimSubmitted.Provider p, String path, List<Edit> out) {
        if (!Formats.npi(p.npi())) {
            out.add(Edit.block("NPI-CHECK", path + ".npi", "NPI must be 10 digits with a valid check digit"));
        }
        if (!Formats.taxonomy(p.taxonomy())) {
            out.add(Edit.block("TAXONOMY-FORMAT", path + ".taxonomy", "taxonomy must be 9 letters/digits followed by X"));
        }
    }

    private static void person(ClaimSubmitted.Person p, String path, boolean subscriber, List<Edit> out) {
        if (subscriber && Formats.blank(p.memberId())) {
            out.add(Edit.block("REQ-SUBSCRIBER", path + ".memberId", "member id is required"));
        }
        String id = subscriber ? "REQ-SUBSCRIBER" : "REQ-PATIENT";
        if (Formats.blank(p.lastName()) || Formats.blank(p.firstName())) {
            out.add(Edit.block(id, path + ".lastName", "last and first name are required"));
        }
        if (p.dateOfBirth() == null) {
            out.add(Edit.block(id, path + ".dateOfBirth", "date of birth is required"));
        }
        if (p.gender() == null || !(p.gender().equals("F") || p.gender().equals("M") || p.gender().equals("U"))) {
            out.add(Edit.block(id, path + ".gender", "gender must be F, M or U"));
        }
        ClaimSubmitted.Address a = p.address();
        if (a == null || Formats.blank(a.line1()) || Formats.blank(a.city()) || Formats.blank(a.state())
                || Formats.blank(a.postalCode())) {
            out.add(Edit.block(id, path + ".address", "address is required"));
        }
    }

    // --- frequency and replacement reference ------------------------------------------------------------------

    private static void frequency(ClaimSubmitted c, List<Edit> out) {
        String f = c.frequencyCode();
        if (f == null || !FREQUENCIES.contains(f)) {
            out.add(Edit.block("FREQ-CODE", "frequencyCode", "claim frequency must be 1, 7 or 8"));
            return;
        }
        boolean hasRef = !Formats.blank(c.payerClaimControlNumber());
        if (!f.equals("1") && !hasRef) {
            out.add(Edit.block("FREQ-REF-F8", "payerClaimControlNumber",
                    "a replacement (7) or void (8) needs the payer claim control number (REF*F8)"));
        } else if (f.equals("1") && hasRef) {
            out.add(Edit.warn("FREQ-REF-F8", "payerClaimControlNumber",
                    "an original claim (1) should not carry REF*F8; it is dropped"));
        }
    }

    // --- diagnoses ----------------------------------------------------------------------------------------------

    private static void diagnoses(ClaimSubmitted c, List<Edit> out) {
        List<String> dx = c.diagnoses();
        if (dx == null || dx.isEmpty()) {
            out.add(Edit.block("REQ-DX", "diagnoses", "at least one diagnosis is required"));
            return;
        }
        if (dx.size() > MAX_DIAGNOSES) {
            out.add(Edit.block("DX-MAX", "diagnoses", "an 837P carries at most 12 diagnoses"));
        }
        if (c.dateOfService() != null && c.dateOfService().isBefore(ICD10_START)) {
            out.add(Edit.block("DX-ICD10-DATE", "diagnoses",
                    "ICD-10-CM codes are valid only for dates of service on or after 2015-10-01"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < dx.size(); i++) {
            String d = dx.get(i);
            if (!Formats.icd10(d)) {
                out.add(Edit.block("DX-FORMAT", "diagnoses[" + i + "]", "not an ICD-10-CM code"));
            } else if (!seen.add(d.replace(".", ""))) {
                out.add(Edit.block("DX-DUPLICATE", "diagnoses[" + i + "]", "diagnosis listed twice"));
            }
        }
    }

    // --- lines --------------------------------------------------------------------------------------------------

    private static void lines(ClaimSubmitted c, List<Edit> out) {
        List<ClaimLine> lines = c.lines();
        if (lines == null || lines.isEmpty()) {
            out.add(Edit.block("REQ-LINES", "lines", "at least one service line is required"));
            return;
        }
        if (lines.size() > MAX_LINES) {
            out.add(Edit.block("LINES-MAX", "lines", "an 837P claim carries at most 50 service lines"));
        }
        int dxCount = c.diagnoses() == null ? 0 : c.diagnoses().size();
        Set<String> controlNumbers = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            ClaimLine l = lines.get(i);
            String p = "lines[" + i + "]";
            if (!Formats.procedure(l.code())) {
                out.add(Edit.block("CODE-FORMAT", p + ".code", "procedure code must be 5 letters/digits"));
            }
            List<String> mods = l.modifiers() == null ? List.of() : l.modifiers();
            if (mods.size() > 4) {
                out.add(Edit.block("MOD-FORMAT", p + ".modifiers", "at most 4 modifiers per line"));
            }
            for (String m : mods) {
                if (!Formats.modifier(m)) {
                    out.add(Edit.block("MOD-FORMAT", p + ".modifiers", "a modifier must be 2 letters/digits"));
                    break;
                }
            }
            if (l.units() < 1) {
                out.add(Edit.block("UNITS-MIN", p + ".units", "units must be at least 1"));
            }
            if (l.charge() == null || l.charge().signum() <= 0) {
                out.add(Edit.block("CHARGE-ZERO", p + ".charge", "line charge must be greater than zero"));
            } else {
                sum = sum.add(l.charge());
            }
            List<Integer> ptr = l.diagnosisPointers();
            if (ptr == null || ptr.isEmpty() || ptr.size() > 4) {
                out.add(Edit.block("DX-POINTER", p + ".diagnosisPointers", "a line points to 1 to 4 diagnoses"));
            } else {
                for (int j = 0; j < ptr.size(); j++) {
                    Integer v = ptr.get(j);
                    if (v == null || v < 1 || v > dxCount || ptr.indexOf(v) != j) {
                        out.add(Edit.block("DX-POINTER", p + ".diagnosisPointers",
                                "diagnosis pointer does not point to a listed diagnosis, or repeats"));
                        break;
                    }
                }
            }
            String lcn = l.lineControlNumber();
            if (Formats.blank(lcn)) {
                out.add(Edit.block("LINE-CONTROL", p + ".lineControlNumber", "line item control number (REF*6R) is required"));
            } else {
                if (lcn.length() > 30) {
                    out.add(Edit.block("LINE-CONTROL", p + ".lineControlNumber", "line item control number exceeds 30 characters"));
                }
                if (!controlNumbers.add(lcn)) {
                    out.add(Edit.block("LINE-CONTROL-UNIQUE", p + ".lineControlNumber",
                            "line item control number repeats on this claim"));
                }
            }
        }
        if (c.totalCharge() == null || c.totalCharge().signum() <= 0) {
            out.add(Edit.block("CHARGE-ZERO", "totalCharge", "total charge must be greater than zero"));
        }
        if (c.totalCharge() == null || c.totalCharge().compareTo(sum) != 0) {
            out.add(Edit.block("CHARGE-TOTAL", "totalCharge", "total charge (CLM02) must equal the sum of line charges"));
        }
    }

    private static LocalDate dos(ClaimSubmitted c, ClaimLine l) {
        return l.dateOfService() != null ? l.dateOfService() : c.dateOfService();
    }

    private static boolean has(List<String> mods, Set<String> set) {
        if (mods == null) {
            return false;
        }
        for (String m : mods) {
            if (set.contains(m)) {
                return true;
            }
        }
        return false;
    }

    // --- NCCI, MUE and behavioral pairing, per date of service ------------------------------------------------

    private static void sameDay(ClaimSubmitted c, ScrubContext ctx, List<Edit> out) {
        List<ClaimLine> lines = c.lines();
        int n = lines.size();
        // NCCI PTP: every ordered pair of lines on the same date
        for (int i = 0; i < n; i++) {
            ClaimLine a = lines.get(i);
            LocalDate da = dos(c, a);
            if (da == null || a.code() == null) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                ClaimLine b = lines.get(j);
                if (b.code() == null || !da.equals(dos(c, b))) {
                    continue;
                }
                PtpEdit e = ctx.ncci().ptp(a.code(), b.code(), da);
                if (e == null || e.modifierIndicator() == '9') {
                    continue;
                }
                if (e.modifierIndicator() == '0') {
                    out.add(Edit.block("NCCI-PTP", "lines[" + j + "].code",
                            "NCCI: column-2 code is not payable with line " + (i + 1) + " on the same day (modifier not allowed)"));
                } else if (!has(b.modifiers(), PTP_BYPASS_MODIFIERS) && !has(a.modifiers(), PTP_BYPASS_MODIFIERS)) {
                    out.add(Edit.block("NCCI-PTP", "lines[" + j + "].modifiers",
                            "NCCI: column-2 code bundles into line " + (i + 1) + " unless a distinct-service modifier applies"));
                }
            }
        }
        // MUE: units per line (MAI 1) or per code and date (MAI 2/3)
        Map<String, Integer> unitsPerDay = null;
        for (int i = 0; i < n; i++) {
            ClaimLine l = lines.get(i);
            MueLimit m = l.code() == null ? null : ctx.ncci().mue(l.code());
            if (m == null) {
                continue;
            }
            if (!m.perDateOfService()) {
                if (l.units() > m.units()) {
                    out.add(Edit.block("NCCI-MUE", "lines[" + i + "].units", "units exceed the MUE for this code per line"));
                }
            } else {
                if (unitsPerDay == null) {
                    unitsPerDay = new HashMap<>();
                }
                String key = l.code() + "|" + dos(c, l);
                int total = unitsPerDay.merge(key, l.units(), Integer::sum);
                if (total > m.units() && total - l.units() <= m.units()) {
                    out.add(Edit.block("NCCI-MUE", "lines[" + i + "].units",
                            "units of this code on this date of service exceed the MUE"));
                }
            }
        }
        // behavioral health pairing rules
        for (int i = 0; i < n; i++) {
            ClaimLine l = lines.get(i);
            String code = l.code();
            if (code == null) {
                continue;
            }
            LocalDate d = dos(c, l);
            String p = "lines[" + i + "].code";
            if (EM_ADDONS.contains(code) && !sameDate(c, d, i, Scrubber::isEm)) {
                out.add(Edit.block("BH-ADDON-PRIMARY", p, "psychotherapy add-on with E/M needs an E/M service the same day"));
            }
            if (code.equals("90840") && !sameDate(c, d, i, "90839"::equals)) {
                out.add(Edit.block("BH-ADDON-PRIMARY", p, "crisis add-on 90840 needs 90839 the same day"));
            }
            if (code.equals("90785")) {
                if (sameDate(c, d, i, CRISIS::contains)) {
                    out.add(Edit.block("BH-90785-CRISIS", p, "interactive complexity is not billable with crisis psychotherapy"));
                } else if (!sameDate(c, d, i, INTERACTIVE_PRIMARIES::contains)) {
                    out.add(Edit.block("BH-ADDON-PRIMARY", p, "interactive complexity 90785 needs a primary psychiatric service"));
                }
            }
            if (PSYCHOTHERAPY.contains(code) && earlierSameDate(c, d, i, PSYCHOTHERAPY::contains)) {
                out.add(Edit.block("BH-PSYTX-SAME-DAY", p, "only one psychotherapy code (90832/90834/90837) per patient per day"));
            }
            if (EVALUATIONS.contains(code) && (l.units() > 1 || earlierSameDate(c, d, i, EVALUATIONS::contains))) {
                out.add(Edit.block("BH-EVAL-SAME-DAY", p, "only one psychiatric evaluation (90791/90792) per day"));
            }
        }
    }

    static boolean isEm(String code) {
        if (code == null || code.length() != 5 || !Formats.digits(code)) {
            return false;
        }
        int v = Integer.parseInt(code);
        return v >= 99202 && v <= 99499;
    }

    private static boolean sameDate(ClaimSubmitted c, LocalDate d, int self, java.util.function.Predicate<String> codes) {
        List<ClaimLine> lines = c.lines();
        for (int k = 0; k < lines.size(); k++) {
            if (k != self && codes.test(lines.get(k).code()) && d != null && d.equals(dos(c, lines.get(k)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean earlierSameDate(ClaimSubmitted c, LocalDate d, int self,
                                           java.util.function.Predicate<String> codes) {
        List<ClaimLine> lines = c.lines();
        for (int k = 0; k < self; k++) {
            if (codes.test(lines.get(k).code()) && d != null && d.equals(dos(c, lines.get(k)))) {
                return true;
            }
        }
        return false;
    }

    // --- telehealth ---------------------------------------------------------------------------------------------

    private static void telehealth(ClaimSubmitted c, ScrubContext ctx, List<Edit> out) {
        if (ctx.payer() == null || c.placeOfService() == null) {
            return;
        }
        TelehealthProfile profile = ctx.payer().telehealthProfile();
        boolean telePos = TELEHEALTH_POS.contains(c.placeOfService());
        if (telePos && profile == TelehealthProfile.NOT_COVERED) {
            out.add(Edit.block("TELE-NOT-COVERED", "placeOfService", "this payer does not cover telehealth"));
            return;
        }
        List<ClaimLine> lines = c.lines();
        for (int i = 0; i < lines.size(); i++) {
            List<String> mods = lines.get(i).modifiers() == null ? List.of() : lines.get(i).modifiers();
            String p = "lines[" + i + "].modifiers";
            boolean teleMod = has(mods, TELEHEALTH_MODIFIERS);
            if (!telePos) {
                boolean medicareInPerson95 = profile == TelehealthProfile.MEDICARE && (mods.contains("95") || mods.contains("93"))
                        && !mods.contains("GT");
                if (teleMod && !medicareInPerson95) {
                    out.add(Edit.block("TELE-POS-MODIFIER", p,
                            "telehealth modifier on a line billed with an in-person place of service"));
                }
                continue;
            }
            switch (profile) {
                case COMMERCIAL_95 -> {
                    if (!mods.contains("95") && !mods.contains("93")) {
                        out.add(Edit.block("TELE-POS-MODIFIER", p, "this payer needs modifier 95 (or 93 audio-only) on telehealth lines"));
                    }
                }
                case GT -> {
                    if (!mods.contains("GT")) {
                        out.add(Edit.block("TELE-POS-MODIFIER", p, "this payer needs modifier GT on telehealth lines"));
                    }
                }
                case MEDICARE -> {
                    if (mods.contains("GT")) {
                        out.add(Edit.block("TELE-POS-MODIFIER", p, "Medicare does not accept modifier GT"));
                    }
                }
                case POS_ONLY -> {
                    if (teleMod) {
                        out.add(Edit.warn("TELE-POS-MODIFIER", p, "this payer identifies telehealth by POS alone; modifier not expected"));
                    }
                }
                default -> {
                }
            }
        }
    }

    // --- prior authorization ------------------------------------------------------------------------------------

    private static void authorization(ClaimSubmitted c, ScrubContext ctx, List<Edit> out) {
        if (ctx.payer() == null || ctx.payer().priorAuthCodes().isEmpty()) {
            return;
        }
        boolean required = false;
        for (ClaimLine l : c.lines()) {
            if (ctx.payer().priorAuthCodes().contains(l.code())) {
                required = true;
                break;
            }
        }
        if (!required) {
            return;
        }
        if (Formats.blank(c.priorAuthorization())) {
            out.add(Edit.block("AUTH-MISSING", "priorAuthorization", "this payer requires a prior authorization number (REF*G1)"));
            return;
        }
        AuthorizationInfo a = ctx.authorization();
        if (a == null) {
            return;
        }
        LocalDate d = c.dateOfService();
        if (a.status() != null && (a.status().equals("CANCELLED") || a.status().equals("EXPIRED"))) {
            out.add(Edit.block("AUTH-INVALID", "priorAuthorization", "the authorization is cancelled or expired"));
        } else if (d != null && ((a.startDate() != null && d.isBefore(a.startDate()))
                || (a.endDate() != null && d.isAfter(a.endDate())))) {
            out.add(Edit.block("AUTH-INVALID", "priorAuthorization", "the date of service is outside the authorized period"));
        }
        if (a.sessionsRemaining() < 0) {
            out.add(Edit.block("AUTH-SESSIONS", "priorAuthorization", "more sessions used than authorized"));
        } else if (a.sessionsRemaining() == 0) {
            out.add(Edit.warn("AUTH-SESSIONS", "priorAuthorization", "no authorized sessions remain after this one"));
        }
    }

    // --- payers and coordination of benefits -------------------------------------------------------------------

    private static void payers(ClaimSubmitted c, ScrubContext ctx, List<Edit> out) {
        if (ctx.primaryCoverages() != 1) {
            out.add(Edit.block("PAYER-PRIMARY", "coverages",
                    ctx.primaryCoverages() == 0 ? "the patient has no primary coverage" : "the patient has more than one primary coverage"));
        }
        String resp = c.payer() == null ? null : c.payer().responsibility();
        boolean secondary = "S".equals(resp) || "T".equals(resp);
        if (secondary && (c.otherPayers() == null || c.otherPayers().isEmpty())) {
            out.add(Edit.block("COB-OTHER-PAYER", "otherPayers", "a secondary claim needs the primary payer's adjudication"));
        }
        if (c.otherPayers() == null || c.lines() == null) {
            return;
        }
        for (int o = 0; o < c.otherPayers().size(); o++) {
            ClaimSubmitted.OtherPayer op = c.otherPayers().get(o);
            if (op.lines() == null) {
                continue;
            }
            for (int k = 0; k < op.lines().size(); k++) {
                ClaimSubmitted.LineAdjudication la = op.lines().get(k);
                ClaimLine line = la.lineNumber() >= 1 && la.lineNumber() <= c.lines().size() ? c.lines().get(la.lineNumber() - 1) : null;
                if (line == null || line.charge() == null) {
                    out.add(Edit.block("COB-BALANCE", "otherPayers[" + o + "].lines[" + k + "]", "adjudicated line does not match a claim line"));
                    continue;
                }
                BigDecimal total = la.paidAmount() == null ? BigDecimal.ZERO : la.paidAmount();
                if (la.adjustments() != null) {
                    for (ClaimSubmitted.OtherAdjustment a : la.adjustments()) {
                        total = total.add(a.amount());
                    }
                }
                if (total.compareTo(line.charge()) != 0) {
                    out.add(Edit.block("COB-BALANCE", "otherPayers[" + o + "].lines[" + k + "]",
                            "line charge must equal the other payer's paid amount plus its adjustments"));
                }
            }
        }
    }

    private static void timelyFiling(ClaimSubmitted c, ScrubContext ctx, List<Edit> out) {
        if (ctx.payer() == null || ctx.today() == null || c.dateOfService() == null || ctx.payer().timelyFilingDays() <= 0) {
            return;
        }
        long age = ChronoUnit.DAYS.between(c.dateOfService(), ctx.today());
        long left = ctx.payer().timelyFilingDays() - age;
        if (age < 0) {
            out.add(Edit.block("DOS-FUTURE", "dateOfService", "date of service is in the future"));
        } else if (left < 0) {
            out.add(Edit.block("TIMELY-FILING", "dateOfService", "past this payer's timely filing limit"));
        } else if (left <= TIMELY_WARN_DAYS) {
            out.add(Edit.warn("TIMELY-FILING", "dateOfService", "timely filing limit for this payer is days away"));
        }
    }
}
