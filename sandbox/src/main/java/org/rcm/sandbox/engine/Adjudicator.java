package org.rcm.sandbox.engine;

import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.claim.ServiceLine;
import org.rcm.platform.x12.model.Adjustment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Adjudicates accepted claims with a scenario's payer rules. Deterministic: the same scenario and the same claims
 * in the same order give the same 835s. Keeps per-member state (deductible met, visits) and the claims already
 * paid (for CO-18).
 */
public final class Adjudicator {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final Scenario scenario;
    private final Map<String, BigDecimal> deductibleLeft = new HashMap<>();
    private final Map<String, Integer> visits = new HashMap<>();
    private final Set<String> paidServices = new HashSet<>();
    private int claimSeq;

    public Adjudicator(Scenario scenario) {
        this.scenario = scenario;
    }

    public synchronized Adjudication adjudicate(Claim837 c) {
        Scenario.PayerRules payer = scenario.payer(c.payer().payerId());
        Scenario.Member member = payer.member(c.subscriber().memberId());
        String memberKey = payer.payerId() + "/" + c.subscriber().memberId();
        String payerClaimNumber = payer.payerId() + String.format("%010d", ++claimSeq + scenario.seed() * 1000);
        Random random = new Random(scenario.seed() * 31 + c.claim().patientControlNumber().hashCode());
        boolean partial = payer.partialPaymentRate() != null && random.nextDouble() < payer.partialPaymentRate();

        List<Adjudication.Line> lines = new ArrayList<>();
        BigDecimal paidTotal = BigDecimal.ZERO;
        BigDecimal prTotal = BigDecimal.ZERO;
        boolean anyPaid = false;
        for (ServiceLine l : c.claim().lines()) {
            Denial denial = denial(c, l, payer, member, memberKey);
            List<Adjustment> adj = new ArrayList<>();
            List<String> remarks = new ArrayList<>();
            BigDecimal charge = l.charge();
            if (denial != null) {
                adj.add(new Adjustment(denial.group, denial.reason, charge, null));
                remarks.addAll(denial.remarks);
                lines.add(new Adjudication.Line(l.procedureCode(), l.modifiers(), charge, BigDecimal.ZERO, l.units(),
                        l.lineItemControlNumber(), l.serviceDate(), BigDecimal.ZERO, adj, remarks));
                continue;
            }
            BigDecimal allowed = allowed(payer, l).min(charge);
            BigDecimal left = allowed;
            if (charge.compareTo(allowed) > 0) {
                adj.add(new Adjustment("CO", "45", charge.subtract(allowed), null));
            }
            BigDecimal ded = deductibleLeft.computeIfAbsent(memberKey, k -> member.deductibleRemaining()).min(left);
            if (ded.signum() > 0) {
                adj.add(new Adjustment("PR", "1", ded, null));
                deductibleLeft.merge(memberKey, ded.negate(), BigDecimal::add);
                left = left.subtract(ded);
            }
            BigDecimal copay = member.copay().min(left);
            if (copay.signum() > 0) {
                adj.add(new Adjustment("PR", "3", copay, null));
                left = left.subtract(copay);
            }
            BigDecimal coins = left.multiply(member.coinsurancePercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            if (coins.signum() > 0) {
                adj.add(new Adjustment("PR", "2", coins, null));
                left = left.subtract(coins);
            }
            if (partial && left.signum() > 0) {
                BigDecimal cut = left.divide(new BigDecimal("2"), 2, RoundingMode.HALF_UP);
                adj.add(new Adjustment("CO", "253", cut, null));
                left = left.subtract(cut);
            }
            BigDecimal pr = ded.add(copay).add(coins);
            prTotal = prTotal.add(pr);
            paidTotal = paidTotal.add(left);
            anyPaid = true;
            visits.merge(memberKey, 1, Integer::sum);
            paidServices.add(serviceKey(c, l));
            lines.add(new Adjudication.Line(l.procedureCode(), l.modifiers(), charge, left, l.units(),
                    l.lineItemControlNumber(), l.serviceDate(), allowed, adj, remarks));
        }
        String status = anyPaid ? "1" : "4";
        return new Adjudication(c, status, c.claim().totalCharge(), paidTotal, prTotal, payerClaimNumber, lines);
    }

    private record Denial(String group, String reason, List<String> remarks) {
    }

    private Denial denial(Claim837 c, ServiceLine l, Scenario.PayerRules payer, Scenario.Member member,
                          String memberKey) {
        for (Scenario.DenialRule r : scenario.rules()) {
            if (r.payerId() != null && !r.payerId().equals(payer.payerId())) {
                continue;
            }
            if (r.procedure() != null && !r.procedure().equals(l.procedureCode())) {
                continue;
            }
            if (r.memberId() != null && !r.memberId().equals(c.subscriber().memberId())) {
                continue;
            }
            return new Denial(r.group(), r.reason(), r.remarks());
        }
        if (!member.active()) {
            return new Denial("CO", "27", List.of());
        }
        if (paidServices.contains(serviceKey(c, l))) {
            return new Denial("CO", "18", List.of());
        }
        if (payer.timelyFilingDays() != null && l.serviceDate() != null
                && l.serviceDate().plusDays(payer.timelyFilingDays()).isBefore(scenario.todayOrNow())) {
            return new Denial("CO", "29", List.of());
        }
        if (c.claim().renderingProvider() == null) {
            return new Denial("CO", "16", List.of("N290"));
        }
        if (payer.authRequiredCodes().contains(l.procedureCode()) && c.claim().priorAuthorization() == null) {
            return new Denial("CO", "197", List.of("N54"));
        }
        String pos = l.placeOfService() != null ? l.placeOfService() : c.claim().placeOfService();
        if (("02".equals(pos) || "10".equals(pos))
                && l.modifiers().stream().noneMatch(payer.telehealthModifiers()::contains)) {
            return new Denial("CO", "4", List.of("M114"));
        }
        if (payer.notNecessaryCodes().contains(l.procedureCode())) {
            return new Denial("CO", "50", List.of("N115"));
        }
        int used = member.sessionsUsed() + visits.getOrDefault(memberKey, 0);
        if (payer.sessionLimit() != null && payer.sessionLimit() > 0 && used >= payer.sessionLimit()) {
            return new Denial("CO", "119", List.of("N640"));
        }
        return null;
    }

    private static String serviceKey(Claim837 c, ServiceLine l) {
        return c.payer().payerId() + "|" + c.subscriber().memberId() + "|" + l.procedureCode() + "|"
                + l.serviceDate() + "|" + c.billingProvider().npi();
    }

    private static BigDecimal allowed(Scenario.PayerRules payer, ServiceLine l) {
        BigDecimal fee = payer.feeSchedule().get(l.procedureCode());
        BigDecimal units = l.units() == null || l.units().signum() == 0 ? BigDecimal.ONE : l.units();
        if (fee != null) {
            return fee.multiply(units).setScale(2, RoundingMode.HALF_UP);
        }
        return l.charge().multiply(payer.defaultAllowedPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
