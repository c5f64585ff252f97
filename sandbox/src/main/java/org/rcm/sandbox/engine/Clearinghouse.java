package org.rcm.sandbox.engine;

import org.rcm.platform.x12.Delimiters;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.InterchangeOutcome;
import org.rcm.platform.x12.SetOutcome;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Exception;
import org.rcm.platform.x12.X12Validator;
import org.rcm.platform.x12.ack.Ack999Writer;
import org.rcm.platform.x12.ack.Ta1Writer;
import org.rcm.platform.x12.claim.Claim837;
import org.rcm.platform.x12.claim.Claim837Listener;
import org.rcm.platform.x12.claim.Claim837Reader;
import org.rcm.platform.x12.claim.ClaimBatchHeader;
import org.rcm.platform.x12.eligibility.EligibilityInquiry;
import org.rcm.platform.x12.eligibility.Inquiry270Reader;
import org.rcm.sandbox.x12.Eligibility271Writer;
import org.rcm.sandbox.x12.Remit835Writer;
import org.rcm.sandbox.x12.Status277Writer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clearinghouse and payer core, independent of the transport: takes an inbound 837P interchange, answers a
 * TA1 or 999, a 277CA for the claims of accepted sets and 835s for the claims the payer accepted, written as files
 * into the mailbox of the channel the interchange came from. An interchange whose exact bytes were received before
 * is a duplicate: nothing is adjudicated twice (survives restarts: received files are kept under the data dir).
 */
public final class Clearinghouse {
    public static final String SFTP = "sftp";
    public static final String REST = "rest";

    private final Path dataDir;
    private final Scenario scenario;
    private final Adjudicator adjudicator;
    private long sequence;

    /** A claim as received, for tests and the demo (GET /sandbox/claims). */
    public record ReceivedClaim(String patientControlNumber, String channel, String interchangeControlNumber,
                                String sha256, String verdict, String payerClaimNumber) {
    }

    /** What became of one inbound file. */
    public record Outcome(boolean duplicate, String sha256, byte[] acknowledgment, List<String> files) {
    }

    public Clearinghouse(Path dataDir, Scenario scenario) {
        this.dataDir = dataDir;
        this.scenario = scenario;
        this.adjudicator = new Adjudicator(scenario);
        try {
            for (String d : List.of("received", "sftp/inbound/processed", "sftp/outbound/processed",
                    "rest/outbox/processed", "rest/idempotency", "tmp")) {
                Files.createDirectories(dataDir.resolve(d));
            }
            Path seq = dataDir.resolve("sequence");
            sequence = Files.exists(seq) ? Long.parseLong(Files.readString(seq).trim()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path outbox(String channel) {
        return dataDir.resolve(SFTP.equals(channel) ? "sftp/outbound" : "rest/outbox");
    }

    public synchronized Outcome receive(String channel, byte[] bytes) {
        try {
            return receiveChecked(channel, bytes);
        } catch (X12Exception e) {
            throw new IllegalStateException("837P could not be read", e);
        }
    }

    private Outcome receiveChecked(String channel, byte[] bytes) throws X12Exception {
        String sha = sha256(bytes);
        Path kept = dataDir.resolve("received").resolve(sha + ".x12");
        Path keptAck = dataDir.resolve("received").resolve(sha + ".ack");
        try {
            if (Files.exists(kept)) {
                append("duplicates.log", channel + " " + sha);
                return new Outcome(true, sha, Files.exists(keptAck) ? Files.readAllBytes(keptAck) : null, List.of());
            }
            List<String> files = new ArrayList<>();
            ValidationResult v = validate(bytes);
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            if (v.interchanges().isEmpty()
                    || v.interchanges().stream().anyMatch(i -> "R".equals(i.ta1Status()))) {
                byte[] ta1 = ta1(v, now);
                files.add(deliver(channel, "ta1", ta1));
                Files.write(kept, bytes);
                Files.write(keptAck, ta1);
                return new Outcome(false, sha, ta1, files);
            }
            InterchangeOutcome in = v.interchanges().get(0);
            ByteArrayOutputStream ack = new ByteArrayOutputStream();
            Ack999Writer.write(ack, envelope(in.senderQualifier(), in.senderId(), in.receiverId(), now),
                    String.format("%04d", 1), v.groups());
            files.add(deliver(channel, "999", ack.toByteArray()));

            Set<String> acceptedSets = new HashSet<>();
            for (SetOutcome s : v.sets()) {
                if (s.accepted() && "837".equals(s.transactionSetId())) {
                    acceptedSets.add(s.controlNumber());
                }
            }
            List<Claim837> claims = new ArrayList<>();
            ClaimBatchHeader[] header = new ClaimBatchHeader[1];
            Claim837Reader.read(new ByteArrayInputStream(bytes), new Claim837Listener() {
                @Override
                public void onHeader(ClaimBatchHeader h) {
                    header[0] = h;
                }

                @Override
                public void onClaim(Claim837 c) {
                    if (header[0] != null && acceptedSets.contains(header[0].transactionControlNumber())) {
                        claims.add(c);
                    }
                }
            });
            if (!claims.isEmpty()) {
                answerClaims(channel, in, header[0], claims, sha, now, files);
            }
            Files.write(kept, bytes);
            Files.write(keptAck, ack.toByteArray());
            return new Outcome(false, sha, ack.toByteArray(), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answerClaims(String channel, InterchangeOutcome in, ClaimBatchHeader header, List<Claim837> claims,
                              String sha, LocalDateTime now, List<String> files) throws IOException {
        List<Status277Writer.Verdict> verdicts = new ArrayList<>();
        Map<String, List<Adjudication>> byPayer = new LinkedHashMap<>();
        for (Claim837 c : claims) {
            Scenario.PayerRules payer = scenario.payer(c.payer().payerId());
            Status277Writer.Verdict verdict;
            if (payer == null) {
                verdict = new Status277Writer.Verdict(c, "A3", "116", "PR", null);
            } else if (payer.member(c.subscriber().memberId()) == null) {
                verdict = new Status277Writer.Verdict(c, "A7", "97", "IL", null);
            } else {
                Adjudication a = adjudicator.adjudicate(c);
                byPayer.computeIfAbsent(payer.payerId(), k -> new ArrayList<>()).add(a);
                verdict = new Status277Writer.Verdict(c, "A2", "20", null, a.payerClaimNumber());
            }
            verdicts.add(verdict);
            append("claims.jsonl", Scenario.JSON.writeValueAsString(new ReceivedClaim(
                    c.claim().patientControlNumber(), channel, in.controlNumber(), sha,
                    verdict.category() + ":" + verdict.status(), verdict.payerClaimNumber())));
        }
        ByteArrayOutputStream st = new ByteArrayOutputStream();
        Status277Writer.write(st, envelope("ZZ", in.senderId(), in.senderId(), now), "0001",
                "B" + in.controlNumber(), "SANDBOX CLEARINGHOUSE", header.submitter().name(),
                header.submitter().id(), verdicts);
        files.add(deliver(channel, "277", st.toByteArray()));
        for (var e : byPayer.entrySet()) {
            Scenario.PayerRules payer = scenario.payer(e.getKey());
            List<Adjudication> paid = e.getValue();
            var bp = paid.get(0).claim().billingProvider();
            String trace = String.format("%d%09d", scenario.seed(), nextSequence());
            files.add(deliver(channel, "835", remit(in, now, new Remit835Writer.Payment(payer, trace,
                    scenario.todayOrNow(), bp.name(), bp.npi(), paid, plbFitting(payer, paid)))));
            List<Adjudication> reversed = paid.stream()
                    .filter(a -> payer.reversals().contains(a.claim().claim().patientControlNumber())
                            && "1".equals(a.statusCode()))
                    .map(Adjudication::reversal).toList();
            if (!reversed.isEmpty()) {
                String trace2 = String.format("%d%09d", scenario.seed(), nextSequence());
                files.add(deliver(channel, "835", remit(in, now, new Remit835Writer.Payment(payer, trace2,
                        scenario.todayOrNow(), bp.name(), bp.npi(), reversed, List.of()))));
            }
        }
    }

    private static List<Scenario.Plb> plbFitting(Scenario.PayerRules payer, List<Adjudication> paid) {
        java.math.BigDecimal total = paid.stream().map(Adjudication::paid)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal plb = payer.providerAdjustments().stream().map(Scenario.Plb::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return plb.compareTo(total) <= 0 ? payer.providerAdjustments() : List.of();
    }

    private byte[] remit(InterchangeOutcome in, LocalDateTime now, Remit835Writer.Payment p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Remit835Writer.write(out, envelope("ZZ", in.senderId(), in.senderId(), now), "0001", p);
        return out.toByteArray();
    }

    /** Answers one 270 with a 271 (the scenario's member and payer). */
    public synchronized byte[] eligibility(byte[] inquiry) {
        ValidationResult v = validate(inquiry);
        List<EligibilityInquiry> found = new ArrayList<>();
        try {
            Inquiry270Reader.read(new ByteArrayInputStream(inquiry), found::add);
        } catch (X12Exception e) {
            throw new IllegalArgumentException("unreadable 270");
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        if (found.isEmpty() || !v.syntaxErrors().isEmpty()) {
            ByteArrayOutputStream ack = new ByteArrayOutputStream();
            if (v.interchanges().isEmpty()) {
                throw new IllegalArgumentException("not an X12 interchange");
            }
            InterchangeOutcome in = v.interchanges().get(0);
            Ack999Writer.write(ack, envelope(in.senderQualifier(), in.senderId(), in.receiverId(), now), "0001",
                    v.groups());
            return ack.toByteArray();
        }
        InterchangeOutcome in = v.interchanges().get(0);
        EligibilityInquiry q = found.get(0);
        Scenario.PayerRules payer = scenario.payer(q.source().id());
        Scenario.Member member = payer == null ? null : payer.member(q.subscriber().memberId());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Eligibility271Writer.write(out, envelope("ZZ", in.senderId(), in.senderId(), now), "0001", q, payer, member,
                scenario.todayOrNow());
        return out.toByteArray();
    }

    public synchronized List<ReceivedClaim> claims() {
        Path p = dataDir.resolve("claims.jsonl");
        try {
            if (!Files.exists(p)) {
                return List.of();
            }
            List<ReceivedClaim> out = new ArrayList<>();
            for (String line : Files.readAllLines(p)) {
                if (!line.isBlank()) {
                    out.add(Scenario.JSON.readValue(line, ReceivedClaim.class));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places a file in a channel's outbox atomically (tests and the demo also inject files this way). */
    public synchronized String deliver(String channel, String kind, byte[] bytes) throws IOException {
        String name = String.format("%06d.%s", nextSequence(), kind);
        Path tmp = dataDir.resolve("tmp").resolve(name);
        Files.write(tmp, bytes);
        Files.move(tmp, outbox(channel).resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    private long nextSequence() throws IOException {
        sequence++;
        Files.writeString(dataDir.resolve("sequence"), Long.toString(sequence));
        return sequence;
    }

    private byte[] ta1(ValidationResult v, LocalDateTime now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (v.interchanges().isEmpty()) {
            return "TA1 not possible: no readable ISA".getBytes(StandardCharsets.US_ASCII);
        }
        InterchangeOutcome in = v.interchanges().get(0);
        Ta1Writer.write(out, envelope(in.senderQualifier(), in.senderId(), in.receiverId(), now), in);
        return out.toByteArray();
    }

    private static ValidationResult validate(byte[] bytes) {
        try {
            return X12Validator.validate(new ByteArrayInputStream(bytes));
        } catch (X12Exception e) {
            return new ValidationResult(List.of(), List.of(), true);
        }
    }

    private InterchangeEnvelope envelope(String partnerQualifier, String partnerId, String ourId,
                                         LocalDateTime now) {
        long ctl = (sequence % 999_999_999L) + 1;
        String us = ourId == null || ourId.isBlank() ? scenario.clearinghouseId() : ourId;
        return new InterchangeEnvelope("ZZ", scenario.clearinghouseId(), partnerQualifier == null ? "ZZ"
                : partnerQualifier, partnerId, scenario.clearinghouseId(), partnerId, now, ctl, ctl, false, false,
                Delimiters.standard().withSuffix("\n"));
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(dataDir.resolve(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
