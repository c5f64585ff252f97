package org.rcm.coding.service;

import org.rcm.platform.events.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.coding.domain.CodeAssignment;
import org.rcm.coding.domain.CodeOverride;
import org.rcm.coding.domain.Session;
import org.rcm.coding.domain.phi.PhiRedactor;
import org.rcm.coding.domain.rules.Coder;
import org.rcm.coding.domain.rules.FrequencyCheck;
import org.rcm.coding.domain.rules.Suggestion;
import org.rcm.coding.domain.rules.TelehealthProfile;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.coding.messaging.SessionDocumentedConsumer;
import org.rcm.platform.messaging.inbox.Inbox;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records documented sessions and assigns their codes; every state change leaves with its event (outbox).
 * The narrative is PHI-redacted before it is stored, published or analysed: spans refer to the redacted text.
 */
@ApplicationScoped
public class CodingService {
    private final PhiRedactor redactor = new PhiRedactor();

    @Inject
    Outbox outbox;
    @Inject
    Inbox inbox;
    @Inject
    TenantContext tenants;
    @Inject
    CodeSetRepository codeSets;
    @Inject
    TelehealthProfileService profiles;
    @Inject
    EntityManager em;

    @ConfigProperty(name = "rcm.coding.outlier.max-share-90837", defaultValue = "0.8")
    double outlierShare;
    @ConfigProperty(name = "rcm.coding.outlier.min-sessions", defaultValue = "10")
    int outlierMinSessions;
    @ConfigProperty(name = "rcm.coding.outlier.lookback-days", defaultValue = "90")
    int outlierLookbackDays;

    /** A coder's replacement of the suggested codes. */
    public record CodeChange(String placeOfService, List<String> diagnoses, List<CodesAssigned.CodedLine> lines,
                           String reason) {
    }

    /**
     * A session documented through our REST API: stored, published as SessionDocumented and coded in the same
     * transaction (CodesAssigned follows it in the outbox). Our own SessionDocumented then finds the codes and
     * changes nothing; sessions from an EHR arrive only as events and are coded by the consumer.
     */
    @Transactional
    public Session document(SessionDocumented request) {
        return documentOne(request);
    }

    /**
     * Sessions documented together (an EHR's export): all stored and coded in one transaction, in the order given,
     * each with its own SessionDocumented and CodesAssigned; a failure of one leaves none of them.
     */
    @Transactional
    public List<Session> documentAll(List<SessionDocumented> requests) {
        List<Session> sessions = new ArrayList<>(requests.size());
        for (SessionDocumented request : requests) {
            sessions.add(documentOne(request));
        }
        return sessions;
    }

    private Session documentOne(SessionDocumented request) {
        String id = Ids.newId();
        String tenant = tenants.current();
        SessionDocumented event = copy(request, id, redactor.redact(request.narrative()));
        Session session = toEntity(event, tenant);
        UUID published = outbox.publish(CodingEvents.SESSION_DOCUMENTED, id, event);
        assign(tenant, session, event, true);
        // this transaction already applies what our own consumer would do with the event: record it in the inbox so
        // the consumer skips it without looking anything up
        inbox.markApplied(SessionDocumentedConsumer.CONSUMER, published, CodingEvents.SESSION_DOCUMENTED.name(),
                tenant);
        return session;
    }

    /** SessionDocumented (ours or an EHR's): keep a copy if new, then assign codes and emit CodesAssigned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDocumented(SessionDocumented received) {
        String tenant = tenants.current();
        SessionDocumented event = copy(received, received.sessionId(), redactor.redact(received.narrative()));
        Session session = Session.findForTenant(tenant, event.sessionId()).orElse(null);
        boolean created = session == null;
        if (created) {
            session = toEntity(event, tenant);
        } else if (CodeAssignment.findForTenant(tenant, session.id).isPresent()) {
            return;
        }
        assign(tenant, session, event, created);
    }

    /**
     * Codes the session. A new session is persisted here, already CODED: Hibernate inserts the state an entity had
     * when it was persisted, so a status set afterwards would cost a second statement (an UPDATE) per session.
     */
    private void assign(String tenant, Session session, SessionDocumented event, boolean newSession) {
        session.status = "CODED";
        if (newSession) {
            session.persist();
        }
        TelehealthProfile profile = profiles.forPayer(tenant, event.payerId());
        Suggestion s = new Coder(codeSets).suggest(event, profile.periodOn(event.dateOfService()).orElse(null));
        List<String> flags = new ArrayList<>(s.flags());
        if (s.codes().contains("90837") && outlier(tenant, event)) {
            flags.add(FrequencyCheck.FLAG);
        }
        s.codes().stream().filter(c -> c.matches("[A-V][0-9]{4}")).distinct()
                .filter(c -> codeSets.hcpcsValidOn(c, event.dateOfService()).map(ok -> !ok).orElse(false))
                .forEach(c -> flags.add("HCPCS_INVALID_ON_DOS:" + c));
        CodeAssignment a = new CodeAssignment();
        a.sessionId = session.id;
        a.tenantId = tenant;
        a.revision = 1;
        a.placeOfService = s.placeOfService();
        a.diagnoses = s.diagnoses();
        a.lines = s.lines();
        a.flags = flags;
        a.findings = s.findings();
        a.assignedAt = Instant.now();
        a.persist();
        publish(session, a);
    }

    /** Replaces the codes of a session (reason required), audits who/when/why and emits a higher revision. */
    @Transactional
    public CodeAssignment override(String sessionId, CodeChange o) {
        String tenant = tenants.current();
        Session session = Session.findForTenant(tenant, sessionId).orElseThrow(() -> ApiException.notFound("session"));
        CodeAssignment a = CodeAssignment.findForTenant(tenant, sessionId)
                .orElseThrow(() -> ApiException.conflict("the session has not been coded yet"));
        CodeOverride audit = new CodeOverride();
        audit.tenantId = tenant;
        audit.sessionId = sessionId;
        audit.before = snapshot(a);
        a.revision = a.revision + 1;
        a.placeOfService = o.placeOfService();
        a.diagnoses = o.diagnoses();
        a.lines = o.lines();
        a.reviewedBy = tenants.actor();
        a.overrideReason = o.reason();
        a.assignedAt = Instant.now();
        audit.revision = a.revision;
        audit.actor = a.reviewedBy;
        audit.reason = o.reason();
        audit.after = snapshot(a);
        audit.overriddenAt = a.assignedAt;
        audit.persist();
        session.status = "REVIEWED";
        publish(session, a);
        return a;
    }

    private void publish(Session s, CodeAssignment a) {
        outbox.publish(CodingEvents.CODES_ASSIGNED, s.id, new CodesAssigned(s.id, a.revision, s.practiceId,
                s.renderingProviderId, s.patientId, s.payerId, s.dateOfService, a.placeOfService, a.diagnoses,
                a.lines, a.flags, a.reviewedBy, a.overrideReason));
    }

    private boolean outlier(String tenant, SessionDocumented e) {
        Object[] counts = (Object[]) em.createNativeQuery("select"
                        + " count(*) filter (where a.lines @> cast('[{\"code\":\"90837\"}]' as jsonb)),"
                        + " count(*) filter (where a.lines @> cast('[{\"code\":\"90837\"}]' as jsonb)"
                        + "   or a.lines @> cast('[{\"code\":\"90834\"}]' as jsonb)"
                        + "   or a.lines @> cast('[{\"code\":\"90832\"}]' as jsonb))"
                        + " from code_assignment a join session s on s.id = a.session_id"
                        + " where a.tenant_id = ?1 and s.rendering_provider_id = ?2 and s.date_of_service > ?3")
                .setParameter(1, tenant).setParameter(2, e.renderingProviderId())
                .setParameter(3, e.dateOfService().minusDays(outlierLookbackDays)).getSingleResult();
        long n90837 = ((Number) counts[0]).longValue() + 1;
        long all = ((Number) counts[1]).longValue() + 1;
        return new FrequencyCheck(outlierShare, outlierMinSessions).outlier(n90837, all);
    }

    private static Map<String, Object> snapshot(CodeAssignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", a.revision);
        m.put("placeOfService", a.placeOfService);
        m.put("diagnoses", a.diagnoses);
        m.put("lines", a.lines);
        m.put("flags", a.flags);
        return m;
    }

    private static SessionDocumented copy(SessionDocumented r, String id, String narrative) {
        return new SessionDocumented(id, r.practiceId(), r.renderingProviderId(), r.patientId(), r.payerId(),
                r.dateOfService(), r.startTime(), r.endTime(), r.minutes(), r.modality(), r.patientLocation(),
                r.serviceType(), r.participants(), r.diagnoses(), narrative, r.emCode());
    }

    private static Session toEntity(SessionDocumented e, String tenant) {
        Session s = new Session();
        s.id = e.sessionId();
        s.tenantId = tenant;
        s.practiceId = e.practiceId();
        s.renderingProviderId = e.renderingProviderId();
        s.patientId = e.patientId();
        s.payerId = e.payerId();
        s.dateOfService = e.dateOfService();
        s.startTime = e.startTime();
        s.endTime = e.endTime();
        s.minutes = e.minutes();
        s.modality = e.modality();
        s.patientLocation = e.patientLocation();
        s.serviceType = e.serviceType();
        SessionDocumented.Participants p = e.participants() == null
                ? new SessionDocumented.Participants(true, false, 0, false) : e.participants();
        s.patientPresent = p.patientPresent();
        s.familyPresent = p.familyPresent();
        s.groupSize = p.groupSize();
        s.interpreter = p.interpreter();
        s.diagnoses = e.diagnoses() == null ? List.of() : e.diagnoses();
        s.narrative = e.narrative();
        s.emCode = e.emCode();
        s.status = "DOCUMENTED";
        s.documentedAt = Instant.now();
        return s;
    }
}
