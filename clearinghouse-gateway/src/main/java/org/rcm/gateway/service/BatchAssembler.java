package org.rcm.gateway.service;

import org.rcm.platform.events.Ids;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.rcm.gateway.config.GatewayConfig;
import org.rcm.gateway.domain.Batch;
import org.rcm.gateway.domain.Submission;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.x12.Delimiters;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.claim.Claim837Writer;
import org.rcm.platform.x12.claim.ClaimBatchHeader;
import org.rcm.platform.x12.claim.Receiver;
import org.rcm.platform.x12.claim.Submitter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Batches queued claims per (tenant, partner = submitter + receiver) into one 837P interchange when the partner's
 * size threshold is reached or the oldest claim has waited the partner's max wait. The bytes, their SHA-256, the
 * control numbers and the idempotency key are stored before anything is sent.
 */
@ApplicationScoped
public class BatchAssembler {
    private static final Logger LOG = Logger.getLogger(BatchAssembler.class);

    @Inject
    GatewayConfig config;
    @Inject
    ControlNumbers controlNumbers;
    @Inject
    EntityManager em;

    @Scheduled(every = "${rcm.gateway.batch-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        for (Object[] key : queues()) {
            String tenant = (String) key[0];
            String partner = (String) key[1];
            try {
                while (assemble(tenant, partner) != null) {
                    // one batch per call; loop while a full batch (or an expired queue) remains
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "batching failed for partner %s", partner);
            }
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Object[]> queues() {
        return em.createQuery("select distinct s.tenantId, s.partnerId from Submission s where s.status = ?1")
                .setParameter(1, SubmissionService.QUEUED).getResultList();
    }

    /** Builds one batch if the queue is due; returns its id or null. */
    @Transactional
    public String assemble(String tenant, String partnerId) {
        GatewayConfig.Partner p = config.partners().get(partnerId);
        if (p == null) {
            LOG.warnf("no trading partner %s configured; claims stay queued", partnerId);
            return null;
        }
        if (!due(tenant, partnerId, p)) {
            return null;   // neither full nor old enough: nothing loaded, checked again at the next tick
        }
        List<Submission> queued = Submission.<Submission>find(
                        "tenantId = ?1 and partnerId = ?2 and status = ?3 order by receivedAt, id", tenant, partnerId,
                        SubmissionService.QUEUED)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).page(0, p.batchMaxClaims()).list();
        queued = new java.util.ArrayList<>(queued);
        // the claim documents are loaded lazily (status moves never read them): all of this batch's in one query
        Map<String, ClaimSubmitted> claims = Submission.claimsOf(queued);
        for (Submission s : List.copyOf(queued)) {
            try {
                // alone in an interchange of its own: a claim the 837P writer refuses is held, not the whole batch
                write(p, new ControlNumbers.Allocated(1, 1, 1), "0001", "check", List.of(claims.get(s.id)));
            } catch (RuntimeException e) {
                s.status = "HELD_INVALID";
                s.statusDetail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                queued.remove(s);
            }
        }
        if (queued.isEmpty()) {
            return null;
        }
        boolean full = queued.size() >= p.batchMaxClaims();
        boolean waited = queued.get(0).receivedAt.plus(p.batchMaxWait()).isBefore(Instant.now());
        if (!full && !waited) {
            return null;
        }
        ControlNumbers.Allocated n = controlNumbers.next(partnerId);
        Batch b = new Batch();
        b.id = Ids.newId();
        b.tenantId = tenant;
        b.partnerId = partnerId;
        b.submitterId = p.senderId();
        b.receiverId = p.receiverId();
        b.isa13 = n.isa13();
        b.gs06 = n.gs06();
        b.st02 = String.format("%04d", n.st02() % 10_000 == 0 ? 1 : n.st02() % 10_000);
        b.version = 1;
        b.content = write(p, n, b.st02, b.id, queued.stream().map(s -> claims.get(s.id)).toList());
        b.sha256 = sha256(b.content);
        b.idempotencyKey = sha256((tenant + "|" + b.id + "|" + b.version).getBytes(StandardCharsets.UTF_8));
        b.fileName = String.format("%s-%09d.837", p.senderId(), n.isa13());
        b.claimCount = queued.size();
        b.status = "READY";
        b.createdAt = Instant.now();
        b.nextAttemptAt = b.createdAt;
        b.persist();
        for (Submission s : queued) {
            s.batchId = b.id;
            s.status = "BATCHED";
        }
        LOG.infof("batch %s: %d claims, ISA13 %d, partner %s", b.id, b.claimCount, b.isa13, partnerId);
        return b.id;
    }

    /**
     * Whether the queue is due (the partner's batch size reached, or its oldest claim has waited the partner's max
     * wait), from one aggregate query: a queue that is not due costs no loading of claims.
     */
    private boolean due(String tenant, String partnerId, GatewayConfig.Partner p) {
        Object[] queue = (Object[]) em.createQuery("select count(s), min(s.receivedAt) from Submission s"
                        + " where s.tenantId = ?1 and s.partnerId = ?2 and s.status = ?3")
                .setParameter(1, tenant).setParameter(2, partnerId).setParameter(3, SubmissionService.QUEUED)
                .getSingleResult();
        long count = ((Number) queue[0]).longValue();
        Instant oldest = (Instant) queue[1];
        return count > 0 && (count >= p.batchMaxClaims() || oldest.plus(p.batchMaxWait()).isBefore(Instant.now()));
    }

    static byte[] write(GatewayConfig.Partner p, ControlNumbers.Allocated n, String st02, String batchId,
                        List<ClaimSubmitted> claims) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        InterchangeEnvelope env = new InterchangeEnvelope(p.senderQualifier(), p.senderId(), p.receiverQualifier(),
                p.receiverId(), p.senderId(), p.receiverId(), now, n.isa13(), n.gs06(), true, p.production(),
                Delimiters.standard().withSuffix("\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Claim837Writer w = new Claim837Writer(out, env)) {
            w.begin(new ClaimBatchHeader(st02, Long.toString(n.isa13()), now,
                    new Submitter(p.submitterName(), p.senderId(), p.submitterContact(), p.submitterPhone()),
                    new Receiver(p.receiverName(), p.receiverId())));
            for (ClaimSubmitted claim : claims) {
                w.write(ClaimMapper.toX12(claim));
            }
            w.end();
        }
        return out.toByteArray();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
