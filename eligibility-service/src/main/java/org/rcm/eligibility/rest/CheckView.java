package org.rcm.eligibility.rest;

import org.rcm.eligibility.benefits.BenefitsSummary;
import org.rcm.eligibility.domain.EligibilityCheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A coverage check as the front desk sees it. {@code cached} marks a reused earlier result. */
public record CheckView(String id, String patientId, String payerId, LocalDate dateOfService, String trigger,
                        String status, Instant requestedAt, String serviceType, String serviceTypeAnswered,
                        List<EligibilityCheck.Exchange> exchanges, int retries, Instant nextAttemptAt,
                        String aaaCode, String problemField, String message, BenefitsSummary benefits,
                        Instant completedAt, Instant expiresAt, boolean cached) {

    public static CheckView of(EligibilityCheck c, boolean cached) {
        return new CheckView(c.id, c.patientId, c.payerId, c.dateOfService, c.trigger, c.status, c.requestedAt,
                c.serviceType, c.serviceTypeAnswered, c.exchanges, c.retries, c.nextAttemptAt, c.aaaCode,
                c.problemField, c.message, c.summary, c.completedAt, c.expiresAt, cached);
    }
}
