package org.rcm.remittance.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import org.flywaydb.core.Flyway;
import org.rcm.bench.remittance.RemittanceWorkload;
import org.rcm.platform.events.EventEnvelope;
import org.rcm.platform.events.EventJson;
import org.rcm.platform.events.EventType;
import org.rcm.platform.events.remittance.ClaimDenied;
import org.rcm.platform.events.remittance.PaymentPosted;
import org.rcm.platform.events.remittance.RemittanceEvents;
import org.rcm.remittance.domain.Candidates;
import org.rcm.remittance.domain.ClaimInfo;
import org.rcm.remittance.domain.ClaimLineRef;
import org.rcm.remittance.domain.Era;
import org.rcm.remittance.domain.PostedLine;
import org.rcm.remittance.domain.PostingPlanner;
import org.rcm.remittance.domain.Reconciliation;
import org.rcm.remittance.domain.RemitClaim;
import org.rcm.remittance.domain.X12Remits;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Posts an N-claim ERA end to end into a real PostgreSQL: parse (platform/x12) → match (claim_ref lookup by CLP01
 * per chunk, line matching) → plan (posting rules, dedupe, unmatched candidates) → persist with batched JDBC
 * (payment rows, posting history, PaymentPosted/ClaimDenied outbox rows), then reconcile BPR02 = Σ CLP04 − Σ PLB.
 * Generating the 835 and seeding the submitted claims are not timed. Not part of the test run; see README.
 */
public final class PostingBench {
    static final String TENANT = "bench-tenant";
    static final int CHUNK = 1000;
    static final com.fasterxml.jackson.databind.ObjectReader LINES = EventJson.mapper()
            .readerFor(new TypeReference<List<ClaimLineRef>>() { });

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = System.getProperty("bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String schema = System.getProperty("bench.schema", "remittance_bench");
        Path file = Path.of(System.getProperty("bench.file", "target/bench/era-" + n + ".835"));

        Flyway.configure().dataSource(url, "postgres", "").schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration", "classpath:db/platform").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, "postgres", "").schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration", "classpath:db/platform").load().migrate();
        RemittanceWorkload.write835(file, n, 42);
        try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true&currentSchema=" + schema, "postgres", "")) {
            c.setAutoCommit(false);
            long seeded = seed(c, n);
            try (var st = c.createStatement()) {
                // fresh tables: give the planner statistics, and plan lookups per execution (a generic plan made
                // while payment was empty would scan the growing table)
                st.execute("ANALYZE claim_ref");
                st.execute("SET plan_cache_mode = force_custom_plan");
            }
            c.commit();
            System.out.printf("835: %s (%.1f MB), %d claims, %d submitted claims seeded%n", file,
                    Files.size(file) / 1e6, n, seeded);
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Connection writer = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                    + "reWriteBatchedInserts=true&currentSchema=" + schema, "postgres", "");
            writer.setAutoCommit(false);
            Poster poster = new Poster(c, writer);
            List<Era> eras = new ArrayList<>();
            org.rcm.platform.x12.ValidationResult v;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                v = X12Remits.stream(in, poster::add, eras::add);
            }
            poster.flush();
            poster.drain();
            Reconciliation rec = poster.finish(eras.get(0));
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("posted %d, unmatched %d, duplicates %d, denials %d; ERA %s (difference %s)%n",
                    poster.posted, poster.unmatched, poster.duplicates, poster.denials, rec.status(),
                    rec.difference());
            System.out.printf("main thread: lookup %.2f s, match+plan %.2f s, parse and the rest %.2f s;"
                    + " writer thread (serialise + batched writes + commits, overlapped) busy %.2f s%n",
                    poster.lookupNanos / 1e9, poster.planNanos / 1e9,
                    secs - (poster.lookupNanos + poster.planNanos) / 1e9, poster.writeNanos / 1e9);
 System.out.printf("bench JVM CPU %.2f s over %.2f s wall; system load average %.1f on %d cores%n", cpu, secs,
                    os.getSystemLoadAverage(), os.getAvailableProcessors());
            System.out.println("835 findings: " + (v.isClean() ? "none" : v.codes()));
            System.out.printf("RESULT claims=%d seconds=%.2f claims_per_second=%.0f%n", n, secs, n / secs);
        }
    }

    static long seed(Connection c, int n) throws Exception {
        long[] count = {0};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_ref (tenant_id, patient_control_number,"
                + " claim_id, payer_id, total_charge, patient_id, date_of_service, responsibility, lines)"
                + " VALUES (?,?,?,?,?,?,?,?,?::jsonb)")) {
            LocalDate dos = LocalDate.of(2024, 5, 10);
            RemittanceWorkload.claims(n, 42, cl -> {
                try {
                    List<ClaimLineRef> lines = List.of(
                            new ClaimLineRef(1, cl.first().controlNumber(), cl.first().code(),
                                    List.of(cl.first().modifier()), 1, cl.first().charge(), dos),
                            new ClaimLineRef(2, cl.second().controlNumber(), cl.second().code(), List.of(), 1,
                                    cl.second().charge(), dos));
                    ps.setString(1, TENANT);
                    ps.setString(2, cl.patientControlNumber());
                    ps.setString(3, cl.claimId());
                    ps.setString(4, RemittanceWorkload.PAYER);
                    ps.setBigDecimal(5, cl.totalCharge());
                    ps.setString(6, "pt-" + cl.claimId());
                    ps.setObject(7, dos);
                    ps.setString(8, "P");
                    ps.setString(9, EventJson.write(lines));
                    ps.addBatch();
                    if (++count[0] % 5000 == 0) {
                        ps.executeBatch();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ps.executeBatch();
        }
        c.commit();
        return count[0];
    }

    /** Posts chunks of claim payments: one round trip per lookup, batched inserts, one commit per chunk. */
    static final class Poster {
        final Connection c;
        final List<RemitClaim> chunk = new ArrayList<>(CHUNK);
        final PreparedStatement payment;
        final PreparedStatement history;
        final PreparedStatement outbox;
        int posted;
        int unmatched;
        int duplicates;
        int denials;
        long lookupNanos;
        long planNanos;
        long writeNanos;

        final Connection w;
        final java.util.concurrent.BlockingQueue<List<Planned>> queue = new java.util.concurrent.ArrayBlockingQueue<>(4);
        final Thread writerThread;
        final Set<String> postedKeys = new HashSet<>();
        volatile Throwable writerFailure;

        record Planned(String id, RemitClaim r, PostingPlanner.Plan plan) {
        }

        Poster(Connection c, Connection w) throws Exception {
            this.c = c;
            this.w = w;
            payment = w.prepareStatement("INSERT INTO payment (id, tenant_id, dedupe_key, remittance_id, payer_id,"
                    + " trace_number, payment_date, patient_control_number, claim_status_code, claim_id, status,"
                    + " charge_amount, paid_amount, allowed_amount, patient_responsibility, deductible, coinsurance,"
                    + " copay, contractual_adjustment, denied_amount, interest, payer_claim_control_number,"
                    + " adjustments, remark_codes, lines, candidates, remit, posted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,"
                    + "?,?,?,?,?,?,?,?,?,?,?,?::jsonb,?::jsonb,?::jsonb,?::jsonb,?::jsonb,?)"
                    + " ON CONFLICT (tenant_id, dedupe_key) DO NOTHING");
            history = w.prepareStatement("INSERT INTO posting_history (tenant_id, payment_id, claim_id, action,"
                    + " detail, actor, at) VALUES (?,?,?,?,?,?,?)");
            outbox = w.prepareStatement("INSERT INTO outbox (id, aggregatetype, aggregateid, type, timestamp,"
                    + " payload, tenant_id, topic, schema_version) VALUES (?,?,?,?,?,?::json,?,?,?)");
            writerThread = new Thread(this::writeLoop, "bench-writer");
            writerThread.start();
        }

        void add(RemitClaim r) {
            chunk.add(r);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        /** Main thread: look up, plan; the writer thread persists the previous chunk meanwhile. */
        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            try {
                long t0 = System.nanoTime();
                Map<String, ClaimInfo> claims = lookup(chunk);
                Set<String> keys = existingKeys(chunk);
                keys.addAll(postedKeys);
                Map<BigDecimal, List<ClaimInfo>> pools = candidatePools(chunk, claims);
                long t1 = System.nanoTime();
                lookupNanos += t1 - t0;
                Book book = new Book(claims, keys, pools);
                List<Planned> out = new ArrayList<>(chunk.size());
                for (RemitClaim r : chunk) {
                    PostingPlanner.Plan plan = PostingPlanner.plan(r, book);
                    if (plan.kind() == PostingPlanner.Kind.DUPLICATE) {
                        duplicates++;
                        continue;
                    }
                    keys.add(r.dedupeKey());
                    postedKeys.add(r.dedupeKey());
                    if (plan.kind() == PostingPlanner.Kind.POST) {
                        posted++;
                        if (plan.posting().hasDenial()) {
                            denials++;
                        }
                    } else {
                        unmatched++;
                    }
                    out.add(new Planned(UUID.randomUUID().toString(), r, plan));
                }
                planNanos += System.nanoTime() - t1;
                if (writerFailure != null) {
                    throw new IllegalStateException(writerFailure);
                }
                queue.put(out);
                chunk.clear();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void writeLoop() {
            try {
                while (true) {
                    List<Planned> batch = queue.take();
                    if (batch.isEmpty()) {
                        return;
                    }
                    long t0 = System.nanoTime();
                    write(batch);
                    writeNanos += System.nanoTime() - t0;
                }
            } catch (Throwable t) {
                writerFailure = t;
            }
        }

        void write(List<Planned> batch) throws Exception {
            Timestamp now = Timestamp.from(Instant.now());
            for (Planned pl : batch) {
                RemitClaim r = pl.r();
                PostingPlanner.Plan plan = pl.plan();
                String id = pl.id();
                boolean matched = plan.kind() == PostingPlanner.Kind.POST;
                var p = plan.posting();
                int i = 1;
                payment.setString(i++, id);
                payment.setString(i++, TENANT);
                payment.setString(i++, r.dedupeKey());
                payment.setString(i++, r.remittanceId());
                payment.setString(i++, r.payerId());
                payment.setString(i++, r.traceNumber());
                payment.setObject(i++, r.paymentDate());
                payment.setString(i++, r.patientControlNumber());
                payment.setString(i++, r.claimStatusCode());
                payment.setString(i++, matched ? plan.claim().claimId() : null);
                payment.setString(i++, matched ? p.status() : "UNMATCHED");
                payment.setBigDecimal(i++, r.chargeAmount());
                for (BigDecimal v : new BigDecimal[]{p.paid(), p.allowed(), p.patientResponsibility(),
                        p.deductible(), p.coinsurance(), p.copay(), p.contractual(), p.denied(), p.interest()}) {
                    payment.setBigDecimal(i++, v);
                }
                payment.setString(i++, r.payerClaimControlNumber());
                payment.setString(i++, EventJson.write(p.adjustments()));
                payment.setString(i++, EventJson.write(p.remarkCodes()));
                payment.setString(i++, EventJson.write(PostedLine.of(r, plan.lines())));
                payment.setString(i++, EventJson.write(plan.candidates()));
                payment.setString(i++, matched ? null : EventJson.write(r));
                payment.setTimestamp(i, now);
                payment.addBatch();
                history.setString(1, TENANT);
                history.setString(2, id);
                history.setString(3, matched ? plan.claim().claimId() : null);
                history.setString(4, matched ? "POSTED" : "UNMATCHED");
                history.setString(5, matched ? p.status() + " via ERA " + r.traceNumber()
                        : plan.candidates().size() + " candidates");
                history.setString(6, "bench");
                history.setTimestamp(7, now);
                history.addBatch();
                if (!matched) {
                    continue;
                }
                String claimId = plan.claim().claimId();
                event(RemittanceEvents.PAYMENT_POSTED, claimId, new PaymentPosted(claimId, id, r.remittanceId(),
                        r.payerId(), p.status(), r.chargeAmount(), p.paid(), p.patientResponsibility(),
                        p.contractual(), p.deductible(), p.coinsurance(), p.copay(), r.payerClaimControlNumber()));
                if (p.hasDenial()) {
                    event(RemittanceEvents.CLAIM_DENIED, claimId, new ClaimDenied(claimId, id, r.payerId(),
                            r.payerClaimControlNumber(), r.claimStatusCode(), p.fullDenial(), r.chargeAmount(),
                            p.paid(), p.denied(), p.denials(), p.remarkCodes(), p.deniedLines()));
                }
            }
            payment.executeBatch();
            history.executeBatch();
            outbox.executeBatch();
            w.commit();
        }

        /** Waits for the writer to drain. */
        void drain() throws Exception {
            queue.put(List.of());
            writerThread.join();
            if (writerFailure != null) {
                throw new IllegalStateException(writerFailure);
            }
        }

        <T> void event(EventType<T> type, String claimId, T payload) throws Exception {
            EventEnvelope env = EventEnvelope.of(type, TENANT, claimId, payload, null, null);
            outbox.setObject(1, env.eventId());
            outbox.setString(2, type.aggregateType());
            outbox.setString(3, claimId);
            outbox.setString(4, type.name());
            outbox.setTimestamp(5, Timestamp.from(env.occurredAt()));
            outbox.setString(6, EventJson.write(env));
            outbox.setString(7, TENANT);
            outbox.setString(8, type.topic());
            outbox.setInt(9, type.version());
            outbox.addBatch();
        }

        Map<String, ClaimInfo> lookup(List<RemitClaim> rs) throws Exception {
            Map<String, ClaimInfo> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT patient_control_number, claim_id, payer_id,"
                    + " total_charge, patient_id, date_of_service, responsibility, lines FROM claim_ref"
                    + " WHERE tenant_id = ? AND patient_control_number = ANY (?)")) {
                ps.setString(1, TENANT);
                ps.setArray(2, c.createArrayOf("varchar", rs.stream().map(RemitClaim::patientControlNumber)
                        .distinct().toArray()));
                try (ResultSet rows = ps.executeQuery()) {
                    while (rows.next()) {
                        out.put(rows.getString(1), info(rows));
                    }
                }
            }
            return out;
        }

        Set<String> existingKeys(List<RemitClaim> rs) throws Exception {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT dedupe_key FROM payment WHERE tenant_id = ?"
                    + " AND dedupe_key = ANY (?)")) {
                ps.setString(1, TENANT);
                ps.setArray(2, c.createArrayOf("varchar", rs.stream().map(RemitClaim::dedupeKey).toArray()));
                try (ResultSet rows = ps.executeQuery()) {
                    while (rows.next()) {
                        out.add(rows.getString(1));
                    }
                }
            }
            return out;
        }

        /** One query per chunk for the candidate pools of its unmatched payments (claims with the same charge). */
        Map<BigDecimal, List<ClaimInfo>> candidatePools(List<RemitClaim> rs, Map<String, ClaimInfo> known)
                throws Exception {
            Map<BigDecimal, List<ClaimInfo>> out = new HashMap<>();
            Object[] charges = rs.stream().filter(r -> !known.containsKey(r.patientControlNumber()))
                    .map(RemitClaim::chargeAmount).distinct().toArray();
            if (charges.length == 0) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT patient_control_number, claim_id, payer_id,"
                    + " total_charge, patient_id, date_of_service, responsibility, lines FROM claim_ref"
                    + " WHERE tenant_id = ? AND total_charge = ANY (?)")) {
                ps.setString(1, TENANT);
                ps.setArray(2, c.createArrayOf("numeric", charges));
                try (ResultSet rows = ps.executeQuery()) {
                    while (rows.next()) {
                        ClaimInfo ci = info(rows);
                        out.computeIfAbsent(ci.totalCharge().stripTrailingZeros(), k -> new ArrayList<>()).add(ci);
                    }
                }
            }
            return out;
        }

        Reconciliation finish(Era era) throws Exception {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO remittance_advice (tenant_id,"
                    + " remittance_id, payer_id, trace_number, payment_method, payment_amount, payment_date,"
                    + " claim_count, provider_adjustments, received_at) VALUES (?,?,?,?,?,?,?,?,?::jsonb,now())")) {
                ps.setString(1, TENANT);
                ps.setString(2, era.remittanceId());
                ps.setString(3, era.payerId());
                ps.setString(4, era.traceNumber());
                ps.setString(5, era.paymentMethod());
                ps.setBigDecimal(6, era.paymentAmount());
                ps.setObject(7, era.paymentDate());
                ps.setInt(8, era.claimCount());
                ps.setString(9, EventJson.write(era.providerAdjustments()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(paid_amount), 0), count(*)"
                    + " FROM payment WHERE tenant_id = ? AND remittance_id = ?")) {
                ps.setString(1, TENANT);
                ps.setString(2, era.remittanceId());
                try (ResultSet rows = ps.executeQuery()) {
                    rows.next();
                    c.commit();
                    return Reconciliation.of(era, rows.getBigDecimal(1), rows.getInt(2));
                }
            }
        }
    }

    static ClaimInfo info(ResultSet rows) throws Exception {
        return new ClaimInfo(rows.getString("claim_id"), rows.getString("patient_control_number"),
                rows.getString("payer_id"), rows.getString("patient_id"), rows.getBigDecimal("total_charge"),
                rows.getObject("date_of_service", LocalDate.class), rows.getString("responsibility"),
                LINES.readValue(rows.getString("lines")));
    }

    /** The planner's view of the books for one chunk. */
    record Book(Map<String, ClaimInfo> claims, Set<String> keys, Map<BigDecimal, List<ClaimInfo>> pools)
            implements PostingPlanner.Book {
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
            return Optional.empty();  // the workload has no reversals
        }

        @Override
        public List<ClaimInfo> candidatePool(RemitClaim r) {
            return pools.getOrDefault(r.chargeAmount().stripTrailingZeros(), List.of());
        }

        @Override
        public boolean hasSecondaryCoverage(String patientId, String primaryPayerId, LocalDate on) {
            return false;
        }
    }

    private PostingBench() {
    }
}
