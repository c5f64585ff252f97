package org.rcm.eligibility.service;

import org.rcm.eligibility.domain.Patient;
import org.rcm.eligibility.domain.PatientCoverage;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.x12.Delimiters;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.eligibility.EligibilityInquiry;
import org.rcm.platform.x12.eligibility.Inquiry270Writer;
import org.rcm.platform.x12.eligibility.InquiryParty;
import org.rcm.platform.x12.eligibility.InquirySubject;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Builds one 270 interchange (one inquiry, one service type) with platform/x12's writer. The patient is the
 * subscriber when the relationship is 18 (self), else the dependent of the coverage's subscriber.
 */
public final class InquiryBuilder {
    public record Sender(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                         String traceOriginator, boolean production) {
    }

    private InquiryBuilder() {
    }

    public static EligibilityInquiry inquiry(String trace, String traceOriginator, Patient p, PatientCoverage c,
                                             String providerNpi, String providerName, String serviceType,
                                             LocalDate dos) {
        InquiryParty payer = new InquiryParty("2", c.payerName != null ? c.payerName : c.payerId, null, "PI",
                c.payerId);
        InquiryParty provider = new InquiryParty("2", providerName, null, "XX", providerNpi);
        InquirySubject patient = new InquirySubject(p.lastName, p.firstName, null, p.dateOfBirth, p.gender);
        InquirySubject subscriber;
        InquirySubject dependent = null;
        if ("18".equals(c.relationship) || c.subscriber == null) {
            subscriber = new InquirySubject(p.lastName, p.firstName, c.memberId, p.dateOfBirth, p.gender);
        } else {
            ClaimSubmitted.Person s = c.subscriber;
            subscriber = new InquirySubject(s.lastName(), s.firstName(), c.memberId, s.dateOfBirth(), s.gender());
            dependent = patient;
        }
        return new EligibilityInquiry(trace, traceOriginator, payer, provider, subscriber, dependent,
                List.of(serviceType), dos);
    }

    public static byte[] write(EligibilityInquiry q, Sender s, long controlNumber, LocalDateTime now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        InterchangeEnvelope env = new InterchangeEnvelope(s.senderQualifier(), s.senderId(), s.receiverQualifier(),
                s.receiverId(), s.senderId(), s.receiverId(), now, controlNumber, controlNumber, false,
                s.production(), Delimiters.standard());
        try (Inquiry270Writer w = new Inquiry270Writer(out, env)) {
            w.begin(String.format("%04d", controlNumber % 10000), q.traceNumber(), now);
            w.write(q);
            w.end();
        }
        return out.toByteArray();
    }
}
