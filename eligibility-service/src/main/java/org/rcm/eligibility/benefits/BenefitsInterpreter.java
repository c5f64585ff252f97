package org.rcm.eligibility.benefits;

import org.rcm.platform.x12.eligibility.Benefit;
import org.rcm.platform.x12.eligibility.EligibilityMember;
import org.rcm.platform.x12.eligibility.EligibilityResponse;
import org.rcm.platform.x12.eligibility.RejectReason;
import org.rcm.platform.x12.model.DateValue;
import org.rcm.platform.x12.model.Party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reads one 271 response for one asked service type into a front-desk summary and a next step. Plain Java. */
public final class BenefitsInterpreter {
    /** Service types whose benefits count as behavioral when the payer answers under another code. */
    public static final Set<String> BEHAVIORAL = Set.of("MH", "CF", "A4", "A6", "A7", "A8", "AI", "98");
    private static final Set<String> ACTIVE = Set.of("1", "2", "3", "4", "5");
    private static final Set<String> INACTIVE = Set.of("6", "7", "8");
    private static final Set<String> VENDOR_ENTITIES = Set.of("PR", "Y2", "VN", "X3", "2B", "13", "PRP");
    private static final Set<String> TOTAL_PERIODS = Set.of("21", "22", "23", "25", "26", "32", "34");
    private static final Set<String> REMAINING_PERIODS = Set.of("29", "33");

    private BenefitsInterpreter() {
    }

    public static Interpretation interpret(EligibilityResponse response, String askedServiceType) {
        List<Rejection> rejections = rejections(response);
        if (!rejections.isEmpty()) {
            Rejection first = rejections.get(0);
            Interpretation.Outcome o = switch (first.kind()) {
                case RETRY_LATER -> Interpretation.Outcome.RETRY_LATER;
                case NEXT_SERVICE_TYPE -> Interpretation.Outcome.NEXT_SERVICE_TYPE;
                default -> Interpretation.Outcome.NEEDS_ATTENTION;
            };
            return new Interpretation(o, null, rejections);
        }
        EligibilityMember member = member(response);
        List<Benefit> all = member == null ? List.of() : member.benefits();
        Predicate<Benefit> generic = b -> b.serviceTypes().isEmpty() || b.serviceTypes().contains("30");
        Predicate<Benefit> asked = b -> b.serviceTypes().contains(askedServiceType);
        Predicate<Benefit> behavioral = b -> b.serviceTypes().stream().anyMatch(BEHAVIORAL::contains)
                || b.serviceTypes().contains(askedServiceType);

        boolean active = all.stream().anyMatch(b -> ACTIVE.contains(b.informationCode())
                && (generic.test(b) || asked.test(b)));
        boolean inactive = all.stream().anyMatch(b -> INACTIVE.contains(b.informationCode()));
        String status = active ? "ACTIVE" : inactive ? "INACTIVE" : "UNKNOWN";
        boolean answered = "30".equals(askedServiceType) ? (active || inactive) : all.stream().anyMatch(asked);

        List<Benefit> specific = all.stream().filter(asked).toList();
        List<Benefit> fallback = all.stream().filter(generic.and(asked.negate())).toList();
        Benefit plan = all.stream().filter(b -> ACTIVE.contains(b.informationCode()) || INACTIVE.contains(
                b.informationCode())).filter(generic).findFirst().orElse(null);

        LocalDate[] dates = coverageDates(member, all);
        Boolean covered = specific.stream().anyMatch(b -> "I".equals(b.informationCode())) ? Boolean.FALSE
                : answered ? Boolean.TRUE : null;
        BenefitsSummary summary = new BenefitsSummary(status, dates[0], dates[1],
                plan == null ? null : plan.planDescription(), plan == null ? null : plan.insuranceType(),
                askedServiceType, answered, covered,
                amounts("B", specific, fallback, Benefit::amount),
                amounts("A", specific, fallback, Benefit::percent),
                accumulators("C", specific, fallback), accumulators("G", specific, fallback),
                visitLimits(specific, fallback), priorAuth(all.stream().filter(behavioral).toList()),
                vendor(all, behavioral, false), vendor(all, behavioral, true), pcp(all),
                messages(all, behavioral.or(generic)));

        Interpretation.Outcome outcome;
        if (!active && inactive) {
            outcome = Interpretation.Outcome.INACTIVE;
        } else if (!active) {
            outcome = Interpretation.Outcome.NO_STATUS;
        } else if (answered) {
            outcome = Interpretation.Outcome.ANSWERED;
        } else {
            outcome = Interpretation.Outcome.NEXT_SERVICE_TYPE;
        }
        return new Interpretation(outcome, summary, List.of());
    }

    /** The member the inquiry was about: the dependent when the 271 has one, else the subscriber. */
    static EligibilityMember member(EligibilityResponse r) {
        if (!r.dependents().isEmpty()) {
            return r.dependents().get(0);
        }
        return r.subscriber();
    }

    static List<Rejection> rejections(EligibilityResponse r) {
        List<Rejection> out = new ArrayList<>();
        add(out, r.sourceErrors(), "SOURCE");
        add(out, r.receiverErrors(), "RECEIVER");
        if (r.subscriber() != null) {
            add(out, r.subscriber().errors(), "SUBSCRIBER");
        }
        r.dependents().forEach(d -> add(out, d.errors(), "DEPENDENT"));
        // a person must act before anything else; retries only when nothing needs fixing
        out.sort(Comparator.comparingInt(x -> switch (x.kind()) {
            case FIX_DATA, PROVIDER_SETUP -> 0;
            case NEXT_SERVICE_TYPE -> 1;
            case RETRY_LATER -> 2;
        }));
        return List.copyOf(out);
    }

    private static void add(List<Rejection> out, List<RejectReason> reasons, String level) {
        for (RejectReason r : reasons) {
            if (r.reasonCode() != null && !r.reasonCode().isBlank()) {
                out.add(AaaRules.classify(r.reasonCode(), r.followUpAction(), level));
            }
        }
    }

    private static LocalDate[] coverageDates(EligibilityMember m, List<Benefit> benefits) {
        List<DateValue> dates = new ArrayList<>(m == null ? List.of() : m.dates());
        benefits.stream().filter(b -> ACTIVE.contains(b.informationCode()) || INACTIVE.contains(b.informationCode()))
                .forEach(b -> dates.addAll(b.dates()));
        LocalDate start = first(dates, "356", "307", "346", "291", "348", "292");
        LocalDate end = null;
        for (String q : List.of("357", "307", "347", "291", "349", "292")) {
            for (DateValue d : dates) {
                if (q.equals(d.qualifier())) {
                    LocalDate v = switch (q) {
                        case "307", "291", "292" -> d.end();
                        default -> d.date();
                    };
                    if (v != null && end == null) {
                        end = v;
                    }
                }
            }
        }
        return new LocalDate[]{start, end};
    }

    private static LocalDate first(List<DateValue> dates, String... qualifiers) {
        for (String q : qualifiers) {
            for (DateValue d : dates) {
                if (q.equals(d.qualifier()) && d.date() != null) {
                    return d.date();
                }
            }
        }
        return null;
    }

    private static Network<BigDecimal> amounts(String info, List<Benefit> specific, List<Benefit> fallback,
                                               java.util.function.Function<Benefit, BigDecimal> value) {
        Network<BigDecimal> n = amounts(info, specific, value);
        return n.isEmpty() ? amounts(info, fallback, value) : n;
    }

    private static Network<BigDecimal> amounts(String info, List<Benefit> benefits,
                                               java.util.function.Function<Benefit, BigDecimal> value) {
        BigDecimal in = null;
        BigDecimal out = null;
        BigDecimal either = null;
        for (Benefit b : benefits) {
            BigDecimal v = value.apply(b);
            if (!info.equals(b.informationCode()) || v == null) {
                continue;
            }
            if ("Y".equals(b.inPlanNetwork()) && in == null) {
                in = v;
            } else if ("N".equals(b.inPlanNetwork()) && out == null) {
                out = v;
            } else if (either == null && !"Y".equals(b.inPlanNetwork()) && !"N".equals(b.inPlanNetwork())) {
                either = v;
            }
        }
        return new Network<>(in != null ? in : either, out != null ? out : either);
    }

    private static Network<Accumulator> accumulators(String info, List<Benefit> specific, List<Benefit> fallback) {
        Network<Accumulator> n = new Network<>(accumulator(info, specific, "Y"), accumulator(info, specific, "N"));
        return n.isEmpty() ? new Network<>(accumulator(info, fallback, "Y"), accumulator(info, fallback, "N")) : n;
    }

    /** Individual level first, else family; network Y/N, with "no network stated" counting for both. */
    private static Accumulator accumulator(String info, List<Benefit> benefits, String network) {
        for (String level : new String[]{"IND", "FAM", null}) {
            BigDecimal total = null;
            BigDecimal remaining = null;
            BigDecimal toDate = null;
            for (String net : new String[]{network, null}) {
                for (Benefit b : benefits) {
                    boolean levelOk = level == null || level.equals(b.coverageLevel());
                    if (!info.equals(b.informationCode()) || b.amount() == null || !levelOk
                            || !networkMatches(b, net)) {
                        continue;
                    }
                    String p = b.timePeriod();
                    if (REMAINING_PERIODS.contains(p) && remaining == null) {
                        remaining = b.amount();
                    } else if ("24".equals(p) && toDate == null) {
                        toDate = b.amount();
                    } else if ((p == null || TOTAL_PERIODS.contains(p)) && total == null) {
                        total = b.amount();
                    }
                }
                if (total != null || remaining != null) {
                    break;
                }
            }
            if (remaining == null && total != null && toDate != null) {
                remaining = total.subtract(toDate).max(BigDecimal.ZERO);
            }
            if (total != null || remaining != null) {
                return new Accumulator(level, total, remaining);
            }
        }
        return null;
    }

    private static boolean networkMatches(Benefit b, String net) {
        String n = b.inPlanNetwork();
        if (net == null) {
            return n == null || "W".equals(n) || "U".equals(n);
        }
        return net.equals(n);
    }

    private static List<VisitLimit> visitLimits(List<Benefit> specific, List<Benefit> fallback) {
        List<VisitLimit> out = new ArrayList<>();
        for (Benefit b : specific.isEmpty() ? fallback : specific) {
            if ("F".equals(b.informationCode()) && b.quantity() != null
                    && (b.quantityQualifier() == null || "VS".equals(b.quantityQualifier()))) {
                boolean remaining = REMAINING_PERIODS.contains(b.timePeriod());
                int q = b.quantity().intValue();
                out.add(new VisitLimit(b.serviceTypes(), remaining ? null : q, remaining ? q : null, b.timePeriod(),
                        b.inPlanNetwork()));
            }
        }
        return List.copyOf(out);
    }

    private static Boolean priorAuth(List<Benefit> behavioral) {
        Boolean result = null;
        for (Benefit b : behavioral) {
            if ("Y".equals(b.authorizationRequired())) {
                return Boolean.TRUE;
            }
            if ("N".equals(b.authorizationRequired())) {
                result = Boolean.FALSE;
            }
        }
        return result;
    }

    private static String vendor(List<Benefit> all, Predicate<Benefit> behavioral, boolean id) {
        for (Benefit b : all) {
            if (!behavioral.test(b)) {
                continue;
            }
            for (Party p : b.relatedEntities()) {
                if (VENDOR_ENTITIES.contains(p.entityCode()) || "U".equals(b.informationCode())
                        && !"P3".equals(p.entityCode())) {
                    return id ? p.id() : name(p);
                }
            }
        }
        return null;
    }

    private static String pcp(List<Benefit> all) {
        return all.stream().flatMap(b -> b.relatedEntities().stream()).filter(p -> "P3".equals(p.entityCode()))
                .map(BenefitsInterpreter::name).findFirst().orElse(null);
    }

    private static String name(Party p) {
        return p.firstName() == null ? p.name() : p.name() + ", " + p.firstName();
    }

    private static List<String> messages(List<Benefit> all, Predicate<Benefit> relevant) {
        Set<String> out = new LinkedHashSet<>();
        all.stream().filter(relevant).forEach(b -> b.messages().stream().filter(m -> m != null && !m.isBlank())
                .forEach(out::add));
        return List.copyOf(out);
    }
}
