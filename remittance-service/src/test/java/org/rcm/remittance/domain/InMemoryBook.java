package org.rcm.remittance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The books in memory: executes plans the way PostingService does, without a database. */
final class InMemoryBook implements PostingPlanner.Book {
    record Entry(String id, String claimId, String payerId, String status, BigDecimal paid, String reverses) {
    }

    final Map<String, ClaimInfo> claims = new HashMap<>();
    final Map<String, List<String>> secondaryPayers = new HashMap<>();
    final Map<String, Entry> postings = new java.util.LinkedHashMap<>();
    final Map<String, String> reversedBy = new HashMap<>();
    final java.util.Set<String> keys = new java.util.HashSet<>();
    final List<PostingPlanner.Plan> unmatched = new ArrayList<>();
    int seq;

    PostingPlanner.Plan post(RemitClaim r) {
        PostingPlanner.Plan plan = PostingPlanner.plan(r, this);
        apply(plan);
        return plan;
    }

    void apply(PostingPlanner.Plan plan) {
        switch (plan.kind()) {
            case DUPLICATE -> { }
            case UNMATCHED -> {
                keys.add(plan.remit().dedupeKey());
                unmatched.add(plan);
            }
            case POST -> {
                keys.add(plan.remit().dedupeKey());
                String id = "pay" + (++seq);
                if (plan.reversesPaymentId() != null) {
                    reversedBy.put(plan.reversesPaymentId(), id);
                }
                postings.put(id, new Entry(id, plan.claim().claimId(), plan.remit().payerId(),
                        plan.posting().status(), plan.posting().paid(), plan.reversesPaymentId()));
            }
        }
    }

    BigDecimal netPaid(String claimId) {
        return postings.values().stream().filter(e -> e.claimId().equals(claimId)).map(Entry::paid)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public boolean alreadyPosted(String dedupeKey) {
        return keys.contains(dedupeKey);
    }

    @Override
    public Optional<ClaimInfo> claimByPcn(String pcn) {
        return Optional.ofNullable(claims.get(pcn));
    }

    @Override
    public Optional<String> latestActivePosting(String claimId, String payerId) {
        String found = null;
        for (Entry e : postings.values()) {
            if (e.claimId().equals(claimId) && e.payerId().equals(payerId) && !"REVERSED".equals(e.status())
                    && !reversedBy.containsKey(e.id())) {
                found = e.id();
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public List<ClaimInfo> candidatePool(RemitClaim r) {
        return List.copyOf(claims.values());
    }

    @Override
    public boolean hasSecondaryCoverage(String patientId, String primaryPayerId, LocalDate on) {
        return secondaryPayers.getOrDefault(patientId, List.of()).stream().anyMatch(p -> !p.equals(primaryPayerId));
    }
}
