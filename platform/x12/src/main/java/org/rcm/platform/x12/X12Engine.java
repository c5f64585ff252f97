package org.rcm.platform.x12;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drives the tokenizer over a whole input: checks the ISA/GS/ST envelopes (counts, control numbers,
 * header values), records findings with TA1 / 999 codes, and hands the segments of each transaction
 * set to the handler the factory chooses. Memory use does not depend on the input size.
 */
public final class X12Engine {
    private static final Set<String> ID_QUALIFIERS = Set.of("01", "14", "20", "27", "28", "29", "30", "33", "ZZ");
    private static final Set<String> SUPPORTED_VERSIONS = Set.of("00401", "00402", "00403", "00404", "00405",
            "00406", "00501");
    private static final Map<String, String> FUNCTIONAL_IDS = Map.of("835", "HP", "837", "HC", "999", "FA",
            "277", "HN", "270", "HS", "271", "HB", "276", "HR", "278", "HI", "997", "FA", "834", "BE");

    private final X12Tokenizer tokenizer;
    private final HandlerFactory factory;
    private final ReadOptions options;
    private final List<Finding> all = new ArrayList<>();
    private final List<InterchangeOutcome> interchanges = new ArrayList<>();
    private boolean truncated;

    private Interchange ic;
    private Group group;
    private TxSet set;
    private TransactionHandler handler;
    private SetContext ctx;

    private X12Engine(InputStream in, HandlerFactory factory, ReadOptions options) {
        this.tokenizer = new X12Tokenizer(in, options.maxSegmentLength());
        this.factory = factory;
        this.options = options;
    }

    /**
     * Reads the whole input.
     *
     * @throws X12Exception only when the stream itself fails (code "IO"); malformed content is reported
     *                      in the result
     */
    public static ValidationResult run(InputStream in, HandlerFactory factory, ReadOptions options)
            throws X12Exception {
        X12Engine e = new X12Engine(in, factory == null ? (a, b) -> null : factory,
                options == null ? ReadOptions.defaults() : options);
        return e.run();
    }

    private ValidationResult run() throws X12Exception {
        try {
            while (tokenizer.next()) {
                dispatch(tokenizer.segment());
            }
            endOfInput();
        } catch (X12Exception e) {
            if ("IO".equals(e.code())) {
                throw e;
            }
            Finding f = e.finding();
            if (ic != null) {
                f = new Finding(f.level(), f.code(), f.severity(), f.segmentOrdinal(), 0, null, 0, 0, ic.controlNumber,
                        f.message());
                ic.findings.add(f);
            }
            add(f);
            closeAll(false);
        }
        return new ValidationResult(List.copyOf(interchanges), List.copyOf(all), truncated);
    }

    private void dispatch(Segment s) {
        if (!s.hasValidId()) {
            if (set != null) {
                set.position++;
                ctx.position = set.position;
                setFinding(Level.IK3, "1", Severity.ERROR, s.ordinal(), set.position, "UNK", 0, 0,
                        "unrecognized segment identifier");
            } else {
                structure(s, "024", "unrecognized segment identifier outside a transaction set");
            }
            return;
        }
        switch (s.id()) {
            case "ISA" -> onIsa(s);
            case "GS" -> onGs(s);
            case "ST" -> onSt(s);
            case "SE" -> onSe(s);
            case "GE" -> onGe(s);
            case "IEA" -> onIea(s);
            default -> {
                if (set != null) {
                    set.position++;
                    ctx.position = set.position;
                    if (handler != null) {
                        handler.segment(ctx, s);
                    }
                } else if (!(s.id().equals("TA1") && ic != null && group == null)) {
                    structure(s, "022", "segment " + s.id() + " is outside a transaction set");
                }
            }
        }
    }

    // ---------------------------------------------------------------- interchange

    private void onIsa(Segment s) {
        closeAll(true);
        Interchange i = new Interchange();
        i.controlNumber = s.element(13);
        i.senderQualifier = s.element(5);
        i.senderId = s.trimmed(6);
        i.receiverQualifier = s.element(7);
        i.receiverId = s.trimmed(8);
        i.date = s.element(9);
        i.time = s.element(10);
        i.version = s.element(12);
        i.ackRequested = s.is(14, "1");
        i.usage = s.element(15);
        i.delimiters = tokenizer.delimiters();
        ic = i;
        long o = s.ordinal();
        if (s.length(1) != 2 || !Values.allDigits(s.element(1)) || s.element(1).compareTo("06") > 0) {
            ta1(o, "010", "ISA01 authorization information qualifier is not a valid code (00 to 06)");
        }
        if (!s.is(3, "00") && !s.is(3, "01")) {
            ta1(o, "012", "ISA03 security information qualifier is not 00 or 01");
        }
        if (!ID_QUALIFIERS.contains(String.valueOf(i.senderQualifier))) {
            ta1(o, "005", "ISA05 sender ID qualifier is not a valid code");
        }
        if (i.senderId == null) {
            ta1(o, "006", "ISA06 sender ID is blank");
        }
        if (!ID_QUALIFIERS.contains(String.valueOf(i.receiverQualifier))) {
            ta1(o, "007", "ISA07 receiver ID qualifier is not a valid code");
        }
        if (i.receiverId == null) {
            ta1(o, "008", "ISA08 receiver ID is blank");
        }
        if (!Values.isDate6(i.date)) {
            ta1(o, "014", "ISA09 is not a valid YYMMDD date");
        }
        if (!Values.isTime(i.time, 4, 4)) {
            ta1(o, "015", "ISA10 is not a valid HHMM time");
        }
        if (!Values.allDigits(i.version) || i.version.length() != 5) {
            ta1(o, "017", "ISA12 interchange version is not a 5-digit value");
        } else if (!SUPPORTED_VERSIONS.contains(i.version)) {
            ta1(o, "003", "ISA12 interchange control version " + i.version + " is not supported");
        }
        char isa11 = tokenizer.isa11();
        if (i.version != null && i.version.compareTo("00402") < 0) {
            if (isa11 != 'U') {
                ta1(o, "016", "ISA11 must be U (standards identifier) in a " + i.version + " envelope");
            }
        } else if (tokenizer.delimiters().repetition() == 0) {
            ta1(o, "026", "ISA11 '" + isa11 + "' is not a valid repetition separator in a " + i.version
                    + " envelope" + (isa11 == 'U' ? " (U is the 00401 standards identifier)" : ""));
        }
        if (i.controlNumber == null || i.controlNumber.length() != 9 || !Values.allDigits(i.controlNumber)) {
            ta1(o, "018", "ISA13 interchange control number is not 9 digits");
        } else if (options.duplicateInterchange().test(i.controlNumber)) {
            ta1(o, "025", "ISA13 interchange control number was already received");
        }
        if (!s.is(14, "0") && !s.is(14, "1")) {
            ta1(o, "019", "ISA14 acknowledgment requested is not 0 or 1");
        }
        if (!s.is(15, "P") && !s.is(15, "T") && !s.is(15, "I")) {
            ta1(o, "020", "ISA15 usage indicator is not P or T");
        }
    }

    private void onIea(Segment s) {
        if (ic == null) {
            structure(s, "022", "IEA without a matching ISA");
            return;
        }
        closeSet(true);
        closeGroup(true);
        String count = s.element(1);
        if (!Values.allDigits(count) || Long.parseLong(count) != ic.groups.size()) {
            ta1(s.ordinal(), "021", "IEA01 says " + count + " functional groups, found " + ic.groups.size());
        }
        if (!String.valueOf(ic.controlNumber).equals(s.element(2))) {
            ta1(s.ordinal(), "001", "IEA02 interchange control number does not match ISA13");
        }
        finishInterchange();
    }

    // ---------------------------------------------------------------- group

    private void onGs(Segment s) {
        if (ic == null) {
            structure(s, "022", "GS outside an interchange");
        }
        closeSet(true);
        closeGroup(true);
        Group g = new Group();
        g.functionalId = s.element(1);
        g.sender = s.element(2);
        g.receiver = s.element(3);
        g.controlNumber = s.element(6);
        g.version = s.element(8);
        group = g;
        long o = s.ordinal();
        if (g.functionalId == null || s.length(1) != 2) {
            ta1(o, "024", "GS01 functional identifier code is missing or not 2 characters");
        }
        if (s.date(4) == null) {
            ta1(o, "024", "GS04 is not a valid CCYYMMDD date");
        }
        if (!Values.isTime(s.element(5), 4, 8)) {
            ta1(o, "024", "GS05 is not a valid HHMM[SS[D[D]]] time");
        }
        if (g.controlNumber == null || g.controlNumber.length() > 9 || !Values.allDigits(g.controlNumber)) {
            groupFinding(o, "6", "GS06 group control number is not 1 to 9 digits");
        }
        if (!s.is(7, "X")) {
            ta1(o, "024", "GS07 responsible agency code is not X");
        }
        if (g.version == null) {
            groupFinding(o, "2", "GS08 version / release / industry identifier is missing");
        }
    }

    private void onGe(Segment s) {
        closeSet(true);
        if (group == null) {
            structure(s, "022", "GE without a matching GS");
            return;
        }
        String count = s.element(1);
        if (!Values.allDigits(count) || count.length() > 9 || Long.parseLong(count) != group.sets.size()) {
            groupFinding(s.ordinal(), "5", "GE01 says " + count + " transaction sets, found " + group.sets.size());
        }
        group.declared = Values.allDigits(count) && count.length() <= 9 ? Integer.parseInt(count) : -1;
        if (!String.valueOf(group.controlNumber).equals(s.element(2))) {
            groupFinding(s.ordinal(), "4", "GE02 group control number does not match GS06");
        }
        finishGroup();
    }

    // ---------------------------------------------------------------- transaction set

    private void onSt(Segment s) {
        closeSet(true);
        if (group == null) {
            structure(s, "022", "ST outside a functional group");
            group = new Group();
            group.synthetic = true;
        }
        TxSet t = new TxSet();
        t.id = s.element(1);
        t.controlNumber = s.element(2);
        t.reference = s.element(3) != null ? s.element(3) : group.version;
        t.position = 1;
        t.ordinal = s.ordinal();
        set = t;
        if (t.id == null || s.length(1) != 3 || !Values.allDigits(t.id)) {
            setFinding(Level.IK5, "6", Severity.ERROR, s.ordinal(), 1, "ST", 1, 0,
                    "ST01 transaction set identifier is missing or invalid");
        } else if (group.functionalId != null && FUNCTIONAL_IDS.containsKey(t.id)
                && !FUNCTIONAL_IDS.get(t.id).equals(group.functionalId)) {
            setFinding(Level.IK5, "6", Severity.ERROR, s.ordinal(), 1, "ST", 1, 0,
                    "transaction set " + t.id + " does not belong in a functional group with GS01 "
                            + group.functionalId);
        }
        if (t.controlNumber == null || s.length(2) < 4 || s.length(2) > 9) {
            setFinding(Level.IK5, "7", Severity.ERROR, s.ordinal(), 1, "ST", 2, 0,
                    "ST02 transaction set control number is missing or not 4 to 9 characters");
        } else if (!group.setControlNumbers.add(t.controlNumber)) {
            setFinding(Level.IK5, "23", Severity.ERROR, s.ordinal(), 1, "ST", 2, 0,
                    "ST02 transaction set control number is not unique within the functional group");
        }
        String st03 = s.element(3);
        if (st03 != null && group.version != null && !st03.equals(group.version)) {
            setFinding(Level.IK5, "19", Severity.ERROR, s.ordinal(), 1, "ST", 3, 0,
                    "ST03 " + st03 + " differs from GS08 " + group.version);
        }
        String versionProblem = Versions.problem(t.id, t.reference);
        if (versionProblem != null) {
            setFinding(Level.IK5, "19", Severity.ERROR, s.ordinal(), 1, "ST", 3, 0, versionProblem);
        }
        ctx = new SetContext(this, ic == null ? null : ic.controlNumber, group.controlNumber, group.functionalId,
                group.version, t.id, t.controlNumber, t.reference);
        ctx.position = 1;
        handler = t.id == null ? null : factory.create(t.id, t.reference);
        if (handler != null) {
            handler.start(ctx, s);
        }
    }

    private void onSe(Segment s) {
        if (set == null) {
            structure(s, "022", "SE without a matching ST");
            return;
        }
        set.position++;
        ctx.position = set.position;
        String count = s.element(1);
        if (!Values.allDigits(count) || count.length() > 9 || Long.parseLong(count) != set.position) {
            setFinding(Level.IK5, "4", Severity.ERROR, s.ordinal(), set.position, "SE", 1, 0,
                    "SE01 says " + count + " segments, counted " + set.position);
        }
        if (!String.valueOf(set.controlNumber).equals(s.element(2))) {
            setFinding(Level.IK5, "3", Severity.ERROR, s.ordinal(), set.position, "SE", 2, 0,
                    "SE02 transaction set control number does not match ST02");
        }
        set.trailerSeen = true;
        finishSet();
    }

    // ---------------------------------------------------------------- closing

    private void endOfInput() {
        if (ic == null && interchanges.isEmpty()) {
            add(new Finding(Level.TA1, "023", Severity.ERROR, 0, 0, null, 0, 0, null,
                    "input is empty: no interchange found"));
            return;
        }
        closeAll(true);
    }

    /** Closes whatever is open; {@code report} adds the missing-trailer findings. */
    private void closeAll(boolean report) {
        closeSet(report || set != null);
        closeGroup(report || group != null);
        if (ic != null) {
            if (report) {
                ta1(tokenizer.segmentCount(), "023", "interchange ends without IEA (premature end of input)");
            }
            finishInterchange();
        }
    }

    private void closeSet(boolean report) {
        if (set == null) {
            return;
        }
        if (report) {
            setFinding(Level.IK5, "2", Severity.ERROR, 0, 0, null, 0, 0, "transaction set ends without SE");
        }
        finishSet();
    }

    private void closeGroup(boolean report) {
        if (group == null) {
            return;
        }
        if (report) {
            groupFinding(0, "3", "functional group ends without GE");
        }
        finishGroup();
    }

    private void finishSet() {
        TxSet t = set;
        if (handler != null) {
            handler.end(ctx, t.trailerSeen);
        }
        group.sets.add(new SetOutcome(t.id, t.controlNumber, t.reference, t.position, t.trailerSeen,
                List.copyOf(t.findings)));
        set = null;
        handler = null;
        ctx = null;
    }

    private void finishGroup() {
        Group g = group;
        if (!g.synthetic || !g.sets.isEmpty()) {
            GroupOutcome out = new GroupOutcome(g.functionalId, g.sender, g.receiver, g.controlNumber, g.version,
                    g.declared, List.copyOf(g.sets), List.copyOf(g.findings));
            if (ic != null) {
                ic.groups.add(out);
            } else {
                orphanGroups.add(out);
            }
        }
        group = null;
    }

    private final List<GroupOutcome> orphanGroups = new ArrayList<>();

    private void finishInterchange() {
        Interchange i = ic;
        interchanges.add(new InterchangeOutcome(i.controlNumber, i.senderQualifier, i.senderId, i.receiverQualifier,
                i.receiverId, i.date, i.time, i.version, i.ackRequested, i.usage, i.delimiters,
                List.copyOf(i.groups), List.copyOf(i.findings)));
        ic = null;
    }

    // ---------------------------------------------------------------- findings

    private boolean add(Finding f) {
        if (all.size() >= options.maxFindings()) {
            truncated = true;
            return false;
        }
        all.add(f);
        return true;
    }

    private void ta1(long ordinal, String code, String message) {
        Finding f = new Finding(Level.TA1, code, Severity.ERROR, ordinal, 0, null, 0, 0,
                ic == null ? null : ic.controlNumber, message);
        if (add(f) && ic != null) {
            ic.findings.add(f);
        }
    }

    private void structure(Segment s, String code, String message) {
        ta1(s.ordinal(), code, message);
    }

    private void groupFinding(long ordinal, String code, String message) {
        Finding f = new Finding(Level.AK9, code, Severity.ERROR, ordinal, 0, null, 0, 0,
                group == null ? null : group.controlNumber, message);
        if (add(f) && group != null) {
            group.findings.add(f);
        }
    }

    void setFinding(Level level, String code, Severity severity, long ordinal, int position, String segmentId,
                    int element, int component, String message) {
        Finding f = new Finding(level, code, severity, ordinal, position, segmentId, element, component,
                set == null ? null : set.controlNumber, message);
        if (add(f) && set != null) {
            set.findings.add(f);
        }
    }

    // ---------------------------------------------------------------- state holders

    private static final class Interchange {
        String controlNumber;
        String senderQualifier;
        String senderId;
        String receiverQualifier;
        String receiverId;
        String date;
        String time;
        String version;
        boolean ackRequested;
        String usage;
        Delimiters delimiters;
        final List<GroupOutcome> groups = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
    }

    private static final class Group {
        String functionalId;
        String sender;
        String receiver;
        String controlNumber;
        String version;
        int declared = -1;
        boolean synthetic;
        final List<SetOutcome> sets = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final Set<String> setControlNumbers = new HashSet<>();
    }

    private static final class TxSet {
        String id;
        String controlNumber;
        String reference;
        int position;
        long ordinal;
        boolean trailerSeen;
        final List<Finding> findings = new ArrayList<>();
    }
}
