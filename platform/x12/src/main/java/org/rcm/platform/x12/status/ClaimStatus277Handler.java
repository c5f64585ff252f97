package org.rcm.platform.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rcm.platform.x12.Segment;
import org.rcm.platform.x12.SetContext;
import org.rcm.platform.x12.TransactionHandler;
import org.rcm.platform.x12.model.Amount;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.model.Quantity;
import org.rcm.platform.x12.model.Reference;
import org.rcm.platform.x12.model.Segments;

/** Turns the segments of one 277CA into records. */
final class ClaimStatus277Handler implements TransactionHandler {
    private final ClaimStatus277Listener listener;
    private String level;
    private Party payer;
    private Party receiver;
    private Party provider;
    private boolean sawBht;
    private boolean sawHl;

    // level 21 / 19
    private Party levelParty;
    private String levelTrace;
    private final List<StatusCode> levelStatuses = new ArrayList<>();
    private final List<Quantity> levelQuantities = new ArrayList<>();
    private final List<Amount> levelAmounts = new ArrayList<>();

    // claim
    private boolean inClaim;
    private Party patient;
    private String claimTrace;
    private String payerClaim;
    private String chTrace;
    private final List<StatusCode> claimStatuses = new ArrayList<>();
    private final List<Reference> claimRefs = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private final List<ServiceLineStatus> lines = new ArrayList<>();

    // service line
    private LineBuilder line;

    ClaimStatus277Handler(ClaimStatus277Listener listener) {
        this.listener = listener;
    }

    @Override
    public void segment(SetContext ctx, Segment s) {
        switch (s.id()) {
            case "BHT" -> sawBht = true;
            case "HL" -> hl(ctx, s);
            case "NM1" -> nm1(s);
            case "TRN" -> {
                String v = ctx.required(s, 2);
                if ("PT".equals(level) && line == null) {
                    claimTrace = v;
                } else if ("21".equals(level) || "19".equals(level)) {
                    levelTrace = v;
                }
            }
            case "STC" -> stc(ctx, s);
            case "REF" -> {
                if (line != null) {
                    if (s.is(1, "FJ")) {
                        line.lineItem = s.element(2);
                    }
                } else if (inClaim) {
                    Reference r = Segments.ref(s);
                    claimRefs.add(r);
                    if (s.is(1, "1K")) {
                        payerClaim = r.value();
                    } else if (s.is(1, "D9")) {
                        chTrace = r.value();
                    }
                }
            }
            case "DTP" -> {
                if (s.is(1, "472")) {
                    LocalDate[] d = ctx.dateOrRange(s, 2, 3);
                    if (line != null) {
                        line.from = d[0];
                        line.to = d[1];
                    } else if (inClaim) {
                        from = d[0];
                        to = d[1];
                    }
                }
            }
            case "SVC" -> {
                if (!inClaim) {
                    ctx.segmentError(s, "2", "SVC outside a claim (2200D) loop");
                    return;
                }
                flushLine();
                line = new LineBuilder();
                List<String> proc = s.components(1);
                line.qualifier = proc.isEmpty() ? null : proc.get(0);
                line.code = proc.size() > 1 ? proc.get(1) : null;
                List<String> mods = new ArrayList<>();
                for (int k = 2; k < Math.min(proc.size(), 6); k++) {
                    if (proc.get(k) != null) {
                        mods.add(proc.get(k));
                    }
                }
                line.modifiers = List.copyOf(mods);
                line.charge = ctx.decimal(s, 2, true);
                line.paid = ctx.decimal(s, 3, false);
            }
            case "QTY" -> levelQuantities.add(new Quantity(s.element(1), ctx.decimal(s, 2, true)));
            case "AMT" -> levelAmounts.add(new Amount(s.element(1), ctx.decimal(s, 2, true)));
            default -> {
            }
        }
    }

    private void hl(SetContext ctx, Segment s) {
        sawHl = true;
        flushAll(ctx);
        level = ctx.required(s, 3);
        if ("PT".equals(level)) {
            inClaim = true;
        }
    }

    private void nm1(Segment s) {
        Party p = Segments.nm1(s);
        if (level == null) {
            return;
        }
        switch (level) {
            case "20" -> payer = p;
            case "21" -> {
                receiver = p;
                levelParty = p;
            }
            case "19" -> {
                provider = p;
                levelParty = p;
            }
            case "PT" -> patient = p;
            default -> {
            }
        }
    }

    private void stc(SetContext ctx, Segment s) {
        List<StatusCode> target = line != null ? line.statuses : inClaim ? claimStatuses : levelStatuses;
        LocalDate date = ctx.date(s, 2, false);
        String action = s.element(3);
        BigDecimal amount = ctx.decimal(s, 4, false);
        String message = s.element(12);
        int before = target.size();
        for (int e : new int[] {1, 10, 11}) {
            if (!s.isBlank(e)) {
                target.add(new StatusCode(s.component(e, 1), s.component(e, 2), s.component(e, 3), date, action,
                        amount, message));
            }
        }
        if (target.size() == before) {
            ctx.elementError(s, 1, 0, "1", "STC01 health care claim status is required");
        }
    }

    private void flushLine() {
        if (line != null) {
            lines.add(new ServiceLineStatus(line.qualifier, line.code, line.modifiers, line.charge, line.paid,
                    List.copyOf(line.statuses), line.lineItem, line.from, line.to));
            line = null;
        }
    }

    private void flushAll(SetContext ctx) {
        if (inClaim) {
            flushLine();
            if (claimStatuses.isEmpty()) {
                ctx.missingSegment("STC", "claim status loop 2200D has no STC");
            }
            listener.onClaim(new ClaimStatus(ctx.controlNumber(), payer, receiver, provider, patient, claimTrace,
                    payerClaim, chTrace, List.copyOf(claimStatuses), from, to, List.copyOf(claimRefs),
                    List.copyOf(lines)));
            inClaim = false;
            patient = null;
            claimTrace = null;
            payerClaim = null;
            chTrace = null;
            claimStatuses.clear();
            claimRefs.clear();
            lines.clear();
            from = null;
            to = null;
        } else if (("21".equals(level) || "19".equals(level))
                && (!levelStatuses.isEmpty() || !levelQuantities.isEmpty() || !levelAmounts.isEmpty())) {
            listener.onLevelStatus(new LevelStatus(ctx.controlNumber(), level, levelParty, levelTrace,
                    List.copyOf(levelStatuses), List.copyOf(levelQuantities), List.copyOf(levelAmounts)));
        }
        levelParty = null;
        levelTrace = null;
        levelStatuses.clear();
        levelQuantities.clear();
        levelAmounts.clear();
    }

    @Override
    public void end(SetContext ctx, boolean trailerSeen) {
        if (!trailerSeen) {
            return;
        }
        flushAll(ctx);
        if (!sawBht) {
            ctx.missingSegment("BHT", "277 has no BHT beginning of hierarchical transaction");
        }
        if (!sawHl) {
            ctx.missingSegment("HL", "277 has no HL hierarchical level");
        }
    }

    private static final class LineBuilder {
        String qualifier;
        String code;
        List<String> modifiers;
        BigDecimal charge;
        BigDecimal paid;
        String lineItem;
        LocalDate from;
        LocalDate to;
        final List<StatusCode> statuses = new ArrayList<>(1);
    }
}
