package org.rcm.gateway.service;

import org.rcm.platform.events.Ids;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.rcm.gateway.adapter.Partners;
import org.rcm.gateway.domain.Batch;
import org.rcm.gateway.domain.InboundFile;
import org.rcm.gateway.domain.Submission;
import org.rcm.platform.events.gateway.AckError;
import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.BatchAckOverdue;
import org.rcm.platform.events.gateway.ClaimAccepted;
import org.rcm.platform.events.gateway.ClaimAcknowledged;
import org.rcm.platform.events.gateway.ClaimRejected;
import org.rcm.platform.events.gateway.GatewayEvents;
import org.rcm.platform.events.gateway.InboundFileRejected;
import org.rcm.platform.events.gateway.RemittanceAdviceReceived;
import org.rcm.platform.events.gateway.RemittanceReceived;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.x12.Detected;
import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.Finding;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Exception;
import org.rcm.platform.x12.X12Files;
import org.rcm.platform.x12.X12Tokenizer;
import org.rcm.platform.x12.X12Validator;
import org.rcm.platform.x12.ack.Ack999Listener;
import org.rcm.platform.x12.ack.Ack999Reader;
import org.rcm.platform.x12.ack.ElementError;
import org.rcm.platform.x12.ack.SegmentError;
import org.rcm.platform.x12.ack.SetAcknowledgment;
import org.rcm.platform.x12.remit.ClaimPayment;
import org.rcm.platform.x12.remit.PaymentHeader;
import org.rcm.platform.x12.remit.ProviderAdjustment;
import org.rcm.platform.x12.remit.Remittance835Listener;
import org.rcm.platform.x12.remit.Remittance835Reader;
import org.rcm.platform.x12.remit.ServicePayment;
import org.rcm.platform.x12.status.ClaimStatus;
import org.rcm.platform.x12.status.ClaimStatus277Listener;
import org.rcm.platform.x12.status.ClaimStatus277Reader;
import org.rcm.platform.x12.status.StatusCode;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inbound files: archived with their SHA-256 first (own transaction), then validated whole and, only when clean,
 * applied in one transaction (state + outbox events), so a file is never half-applied. 999 → ClaimAcknowledged
 * (+ ClaimRejected) per claim of the acknowledged set; 277CA → ClaimAccepted / ClaimRejected; 835 →
 * RemittanceAdviceReceived + one RemittanceReceived per claim payment, once per payer + TRN02.
 */
@ApplicationScoped
public class InboundService {
    private static final Logger LOG = Logger.getLogger(InboundService.class);

    @Inject
    Partners partners;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    InboundService self;
    @Inject
    org.rcm.gateway.config.GatewayConfig config;

    @Scheduled(every = "${rcm.gateway.poll-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        for (String partnerId : partners.all().keySet()) {
            try {
                for (String name : partners.list(partnerId)) {
                    byte[] bytes = partners.fetch(partnerId, name);
                    receive(partnerId, name, bytes);
                    partners.done(partnerId, name);
                }
            } catch (RuntimeException e) {
                LOG.warnf("polling partner %s failed: %s", partnerId, e.toString());
            }
        }
    }

    /** Archives then applies one file. Returns the archived file's id. */
    public String receive(String partnerId, String name, byte[] bytes) {
        String id = self.archive(partnerId, name, bytes);
        try {
            self.apply(id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "ALERT inbound file %s (%s) could not be applied; kept for review", id, name);
            self.mark(id, "FAILED", e.getClass().getSimpleName());
        }
        return id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String archive(String partnerId, String name, byte[] bytes) {
        InboundFile f = new InboundFile();
        f.id = Ids.newId();
        f.partnerId = partnerId;
        f.fileName = name;
        f.content = bytes;
        f.sha256 = BatchAssembler.sha256(bytes);
        f.status = "RECEIVED";
        f.receivedAt = Instant.now();
        f.persist();
        return f.id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void mark(String id, String status, String detail) {
        InboundFile f = InboundFile.findById(id);
        f.status = status;
        f.detail = detail;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(String id) {
        InboundFile f = InboundFile.findById(id);
        Detected d;
        try {
            d = X12Files.detect(new BufferedInputStream(new ByteArrayInputStream(f.content)));
        } catch (X12Exception e) {
            reject(f, "unreadable: " + e.getMessage());
            return;
        }
        f.fileType = d.type().name();
        if (d.type() == org.rcm.platform.x12.TransactionType.INTERCHANGE_ACK_TA1) {
            applyTa1(f);
            f.appliedAt = Instant.now();
            return;
        }
        ValidationResult v;
        try {
            v = X12Validator.validate(new ByteArrayInputStream(f.content));
        } catch (X12Exception e) {
            reject(f, "unreadable: " + e.getMessage());
            return;
        }
        if (!v.errors().isEmpty()) {
            reject(f, v.errors().stream().limit(8).map(x -> x.level() + " " + x.code())
                    .collect(Collectors.joining(", ")));
            return;
        }
        try {
            switch (d.type()) {
                case ACK_999 -> apply999(f);
                case CLAIM_STATUS_277CA -> apply277(f);
                case REMITTANCE_835 -> apply835(f);
                default -> {
                    f.status = "UNSUPPORTED";
                    f.detail = "not a 999, 277CA or 835";
                    return;
                }
            }
        } catch (X12Exception e) {
            reject(f, "unreadable: " + e.getMessage());
            return;
        }
        f.appliedAt = Instant.now();
    }

    private void reject(InboundFile f, String detail) {
        f.status = "REJECTED";
        f.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        LOG.errorf("ALERT inbound file %s from %s rejected (syntax), nothing applied: %s", f.id, f.partnerId,
                f.detail);
        RequestMetadata.runAs(config.operationsTenant(), null, f.id, () -> outbox.publish(GatewayEvents.INBOUND_FILE_REJECTED,
                f.id, new InboundFileRejected(f.id, f.partnerId, f.fileName, f.sha256, f.fileType, f.detail)));
    }

    // ---------------------------------------------------------------- TA1

    /** TA1 (interchange acknowledgment): TA101 = our ISA13; TA104 R rejects the whole batch, nothing of it was read. */
    private void applyTa1(InboundFile f) {
        String ctl = null;
        String status = null;
        String note = null;
        try {
            X12Tokenizer t = new X12Tokenizer(new ByteArrayInputStream(f.content));
            while (t.next()) {
                if ("TA1".equals(t.segment().id())) {
                    ctl = t.segment().element(1);
                    status = t.segment().element(4);
                    note = t.segment().element(5);
                    break;
                }
            }
        } catch (X12Exception e) {
            reject(f, "unreadable TA1");
            return;
        }
        Batch b = null;
        if (ctl != null && ctl.matches("\\d{1,9}")) {
            b = Batch.<Batch>find("partnerId = ?1 and isa13 = ?2", f.partnerId, Long.parseLong(ctl))
                    .firstResultOptional().orElse(null);
        }
        if (b == null || status == null) {
            f.status = "UNMATCHED";
            f.detail = "TA1 for an unknown interchange";
            return;
        }
        f.status = "APPLIED";
        f.detail = "TA1 " + status + " note " + note;
        if (!"R".equals(status)) {
            return;
        }
        b.ackStatus = "R";
        b.ackedAt = Instant.now();
        Batch batch = b;
        String reason = note;
        List<AckError> errors = List.of(new AckError("ISA", 1, null, reason, "TA1 interchange note " + reason));
        RequestMetadata.runAs(b.tenantId, null, f.id, () -> {
            for (Submission s : batch.claims()) {
                s.status = "ACK_REJECTED";
                outbox.publish(GatewayEvents.CLAIM_ACKNOWLEDGED, s.claimId, new ClaimAcknowledged(s.claimId,
                        s.patientControlNumber, batch.id, EnvelopeWriter.nine(batch.isa13), false, errors));
                outbox.publish(GatewayEvents.CLAIM_REJECTED, s.claimId, new ClaimRejected(s.claimId,
                        s.patientControlNumber, "TA1", "R", reason, null, errors));
            }
        });
        LOG.errorf("ALERT interchange %s of batch %s rejected by TA1 (note %s)", ctl, b.id, note);
    }

    // ---------------------------------------------------------------- 999

    private void apply999(InboundFile f) throws X12Exception {
        List<SetAcknowledgment> sets = new ArrayList<>();
        Ack999Reader.read(new ByteArrayInputStream(f.content), new Ack999Listener() {
            @Override
            public void onSet(SetAcknowledgment a) {
                sets.add(a);
            }
        });
        int matched = 0;
        for (SetAcknowledgment a : sets) {
            Batch b;
            try {
                b = Batch.findByControl(f.partnerId, Long.parseLong(a.groupControlNumber()),
                        a.transactionControlNumber()).orElse(null);
            } catch (NumberFormatException e) {
                b = null;
            }
            if (b == null) {
                continue;
            }
            matched++;
            b.ackStatus = a.status();
            b.ackedAt = Instant.now();
            List<AckError> errors = errors(a);
            boolean accepted = a.accepted();
            Batch batch = b;
            RequestMetadata.runAs(b.tenantId, null, f.id, () -> {
                for (Submission s : batch.claims()) {
                    s.status = accepted ? "ACKNOWLEDGED" : "ACK_REJECTED";
                    outbox.publish(GatewayEvents.CLAIM_ACKNOWLEDGED, s.claimId, new ClaimAcknowledged(s.claimId,
                            s.patientControlNumber, batch.id, EnvelopeWriter.nine(batch.isa13), accepted, errors));
                    if (!accepted) {
                        outbox.publish(GatewayEvents.CLAIM_REJECTED, s.claimId, new ClaimRejected(s.claimId,
                                s.patientControlNumber, "999", a.status(),
                                a.codes().isEmpty() ? null : a.codes().get(0), null, errors));
                    }
                }
            });
        }
        f.status = matched == 0 ? "UNMATCHED" : "APPLIED";
        f.detail = matched + " of " + sets.size() + " acknowledgments matched a batch";
    }

    private static List<AckError> errors(SetAcknowledgment a) {
        List<AckError> out = new ArrayList<>();
        for (SegmentError s : a.segmentErrors()) {
            if (s.elementErrors().isEmpty()) {
                out.add(new AckError(s.segmentId(), s.position(), null, s.code(), "IK3 segment error " + s.code()));
            }
            for (ElementError e : s.elementErrors()) {
                out.add(new AckError(s.segmentId(), s.position(), e.position(), e.code(),
                        "IK4 element error " + e.code()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- 277CA

    private void apply277(InboundFile f) throws X12Exception {
        List<ClaimStatus> claims = new ArrayList<>();
        ClaimStatus277Reader.read(new ByteArrayInputStream(f.content), new ClaimStatus277Listener() {
            @Override
            public void onClaim(ClaimStatus c) {
                claims.add(c);
            }
        });
        int matched = 0;
        Map<String, Submission> sent = Submission.findSent(f.partnerId,
                claims.stream().map(ClaimStatus::patientControlNumber).toList());
        for (ClaimStatus c : claims) {
            Submission s = sent.get(c.patientControlNumber());
            if (s == null || c.statuses().isEmpty()) {
                continue;
            }
            matched++;
            StatusCode st = c.statuses().stream().filter(StatusCode::isRejection).findFirst()
                    .orElse(c.statuses().get(0));
            boolean rejected = c.rejected();
            RequestMetadata.runAs(s.tenantId, null, f.id, () -> {
                if (rejected) {
                    s.status = "REJECTED";
                    s.statusDetail = "277CA " + st.category() + ":" + st.status();
                    outbox.publish(GatewayEvents.CLAIM_REJECTED, s.claimId, new ClaimRejected(s.claimId,
                            s.patientControlNumber, "277CA", st.category(), st.status(), st.entity(), List.of()));
                } else {
                    s.status = "ACCEPTED";
                    s.payerClaimNumber = c.payerClaimControlNumber();
                    outbox.publish(GatewayEvents.CLAIM_ACCEPTED, s.claimId, new ClaimAccepted(s.claimId,
                            s.patientControlNumber, c.payerClaimControlNumber(), st.category(), st.status()));
                }
            });
        }
        f.status = matched == 0 ? "UNMATCHED" : "APPLIED";
        f.detail = matched + " of " + claims.size() + " claims matched";
    }

    // ---------------------------------------------------------------- 835

    private static final class Era {
        PaymentHeader header;
        final List<ClaimPayment> claims = new ArrayList<>();
        final List<ProviderAdjustment> plb = new ArrayList<>();
    }

    private void apply835(InboundFile f) throws X12Exception {
        List<Era> eras = new ArrayList<>();
        Remittance835Reader.read(new ByteArrayInputStream(f.content), new Remittance835Listener() {
            @Override
            public void onPayment(PaymentHeader h) {
                Era e = new Era();
                e.header = h;
                eras.add(e);
            }

            @Override
            public void onClaim(ClaimPayment c) {
                eras.get(eras.size() - 1).claims.add(c);
            }

            @Override
            public void onProviderAdjustment(ProviderAdjustment p) {
                eras.get(eras.size() - 1).plb.add(p);
            }
        });
        int applied = 0;
        int duplicates = 0;
        int unmatched = 0;
        for (Era era : eras) {
            PaymentHeader h = era.header;
            String payerId = h.payer() != null && h.payer().id() != null ? h.payer().id() : h.traceOriginator();
            int inserted = em.createNativeQuery("INSERT INTO remittance_seen (payer_id, trace_number, file_id,"
                            + " applied_at) VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING")
                    .setParameter(1, payerId).setParameter(2, h.traceNumber()).setParameter(3, f.id).executeUpdate();
            if (inserted == 0) {
                duplicates++;
                LOG.infof("ERA %s/%s already applied: file %s ignored", payerId, h.traceNumber(), f.id);
                continue;
            }
            applied++;
            String remittanceId = "era-" + payerId + "-" + h.traceNumber();
            List<RemittanceAdviceReceived.ProviderAdjustment> plb = new ArrayList<>();
            era.plb.forEach(p -> p.items().forEach(i ->
                    plb.add(new RemittanceAdviceReceived.ProviderAdjustment(i.reasonCode(), i.referenceId(),
                            i.amount()))));
            Map<String, List<Map.Entry<ClaimPayment, Submission>>> byTenant = new LinkedHashMap<>();
            Map<String, Submission> sent = Submission.findSent(f.partnerId,
                    era.claims.stream().map(ClaimPayment::patientControlNumber).toList());
            for (ClaimPayment c : era.claims) {
                Submission s = sent.get(c.patientControlNumber());
                if (s == null) {
                    unmatched++;
                    continue;
                }
                byTenant.computeIfAbsent(s.tenantId, k -> new ArrayList<>()).add(Map.entry(c, s));
            }
            for (var e : byTenant.entrySet()) {
                RequestMetadata.runAs(e.getKey(), null, f.id, () -> {
                    outbox.publish(GatewayEvents.REMITTANCE_ADVICE_RECEIVED, remittanceId,
                            new RemittanceAdviceReceived(remittanceId, payerId, h.traceNumber(),
                                    h.paymentMethod(), h.totalPayment(), h.paymentDate(), e.getValue().size(), plb));
                    for (var cs : e.getValue()) {
                        ClaimPayment c = cs.getKey();
                        Submission s = cs.getValue();
                        s.status = "REMITTED";
                        outbox.publish(GatewayEvents.REMITTANCE_RECEIVED, c.patientControlNumber(),
                                remittance(remittanceId, payerId, h, c));
                    }
                });
            }
        }
        f.status = applied == 0 && duplicates > 0 ? "DUPLICATE" : "APPLIED";
        f.detail = applied + " ERA applied, " + duplicates + " duplicate, " + unmatched + " claims unmatched";
    }

    private static RemittanceReceived remittance(String remittanceId, String payerId, PaymentHeader h,
                                                 ClaimPayment c) {
        List<RemittanceReceived.ServiceLine> lines = new ArrayList<>();
        for (ServicePayment sp : c.services()) {
            var date = sp.dates().stream().filter(x -> "472".equals(x.qualifier())).findFirst()
                    .or(() -> sp.dates().stream().findFirst()).map(x -> x.date()).orElse(null);
            lines.add(new RemittanceReceived.ServiceLine(sp.procedureCode(), sp.modifiers(), sp.chargeAmount(),
                    sp.paidAmount(), sp.units() == null ? 1 : sp.units().intValue(), sp.lineItemControlNumber(), date,
                    adjustments(sp.adjustments()), sp.remarks().stream().map(r -> r.code()).toList()));
        }
        List<String> remarks = c.outpatient() == null ? List.of() : c.outpatient().remarkCodes();
        return new RemittanceReceived(remittanceId, payerId, h.traceNumber(), h.paymentDate(), h.totalPayment(),
                c.patientControlNumber(), c.statusCode(), c.chargeAmount(), c.paidAmount(),
                c.patientResponsibility() == null ? BigDecimal.ZERO : c.patientResponsibility(),
                c.payerClaimControlNumber(), adjustments(c.adjustments()), remarks, lines);
    }

    private static List<Adjustment> adjustments(List<org.rcm.platform.x12.model.Adjustment> in) {
        return in.stream().map(a -> new Adjustment(a.group(), a.reason(), a.amount(), a.quantity())).toList();
    }

    // ---------------------------------------------------------------- ACK overdue

    @Scheduled(every = "${rcm.gateway.overdue-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void overdue() {
        for (Batch b : Batch.<Batch>list("status = 'SENT' and ackStatus is null and overdue = false")) {
            var p = partners.all().get(b.partnerId);
            if (p == null || b.sentAt.plus(p.ackSla()).isAfter(Instant.now())) {
                continue;
            }
            b.overdue = true;
            RequestMetadata.runAs(b.tenantId, null, b.id, () -> outbox.publish(GatewayEvents.BATCH_ACK_OVERDUE,
                    b.id, new BatchAckOverdue(b.id, b.partnerId, EnvelopeWriter.nine(b.isa13), b.sentAt,
                            (int) p.ackSla().toMinutes(), b.claimCount)));
            LOG.warnf("ALERT batch %s has no 999 after %s (never resubmitted automatically)", b.id, p.ackSla());
        }
    }

    static String describe(Finding f) {
        return f.level() + " " + f.code();
    }
}
