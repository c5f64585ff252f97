package org.rcm.coding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.coding.domain.CodeAssignment;
import org.rcm.coding.domain.CodingDecision;
import org.rcm.coding.domain.PsychotherapyCoder;
import org.rcm.coding.domain.Session;
import org.rcm.platform.events.coding.CodesAssigned;
import org.rcm.platform.events.coding.CodingEvents;
import org.rcm.platform.events.coding.SessionDocumented;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;

import java.time.Instant;
import java.util.UUID;

/** Records documented sessions and assigns their codes; every state change leaves with its event (outbox). */
@ApplicationScoped
public class CodingService {
    private final PsychotherapyCoder coder = new PsychotherapyCoder();

    @Inject
    Outbox outbox;
    @Inject
    TenantContext tenants;

    /** A session documented through our REST API. */
    @Transactional
    public Session document(SessionDocumented request) {
        String id = UUID.randomUUID().toString();
        SessionDocumented event = withId(request, id);
        Session session = toEntity(event, tenants.current());
        session.persist();
        outbox.publish(CodingEvents.SESSION_DOCUMENTED, id, event);
        return session;
    }

    /** SessionDocumented (ours or an EHR's): keep a copy if new, then assign codes and emit CodesAssigned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDocumented(SessionDocumented event) {
        String tenant = tenants.current();
        Session session = Session.findForTenant(tenant, event.sessionId()).orElse(null);
        if (session == null) {
            session = toEntity(event, tenant);
            session.persist();
        }
        if (CodeAssignment.findForTenant(tenant, session.id).isPresent()) {
            return;
        }
        CodingDecision decision = coder.code(event);
        CodeAssignment assignment = new CodeAssignment();
        assignment.sessionId = session.id;
        assignment.tenantId = tenant;
        assignment.revision = 1;
        assignment.placeOfService = decision.placeOfService();
        assignment.diagnoses = event.diagnoses();
        assignment.lines = decision.lines();
        assignment.flags = decision.flags();
        assignment.assignedAt = Instant.now();
        assignment.persist();
        session.status = "CODED";
        outbox.publish(CodingEvents.CODES_ASSIGNED, session.id, new CodesAssigned(session.id, assignment.revision,
                event.practiceId(), event.renderingProviderId(), event.patientId(), event.payerId(),
                event.dateOfService(), decision.placeOfService(), event.diagnoses(), decision.lines(),
                decision.flags(), null));
    }

    private static SessionDocumented withId(SessionDocumented r, String id) {
        return new SessionDocumented(id, r.practiceId(), r.renderingProviderId(), r.patientId(), r.payerId(),
                r.dateOfService(), r.startTime(), r.endTime(), r.minutes(), r.modality(), r.patientLocation(),
                r.serviceType(), r.participants(), r.diagnoses(), r.narrative());
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
        s.diagnoses = e.diagnoses();
        s.narrative = e.narrative();
        s.status = "DOCUMENTED";
        s.documentedAt = Instant.now();
        return s;
    }
}
