package org.rcm.coding.rest;

import org.rcm.coding.domain.CodeAssignment;
import org.rcm.coding.domain.Session;
import org.rcm.platform.events.coding.CodesAssigned;

import java.time.LocalDate;
import java.util.List;

/** A session and, once coded, its codes with evidence. */
public record SessionView(String id, String status, String practiceId, String renderingProviderId, String patientId,
                          String payerId, LocalDate dateOfService, String modality, String patientLocation,
                          String serviceType, List<String> diagnoses, Codes codes) {

    public record Codes(int revision, String placeOfService, List<String> diagnoses,
                        List<CodesAssigned.CodedLine> lines, List<String> flags, String reviewedBy) {
    }

    static SessionView of(Session s, CodeAssignment a) {
        Codes codes = a == null ? null
                : new Codes(a.revision, a.placeOfService, a.diagnoses, a.lines, a.flags, a.reviewedBy);
        return new SessionView(s.id, s.status, s.practiceId, s.renderingProviderId, s.patientId, s.payerId,
                s.dateOfService, s.modality, s.patientLocation, s.serviceType, s.diagnoses, codes);
    }
}
