package org.rcm.eligibility.service;

import org.rcm.platform.events.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rcm.eligibility.domain.Patient;
import org.rcm.eligibility.domain.PatientCoverage;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.events.eligibility.CoverageChanged;
import org.rcm.platform.events.eligibility.EligibilityEvents;
import org.rcm.platform.events.eligibility.PatientRegistered;
import org.rcm.platform.messaging.outbox.Outbox;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Registration: patients, their ordered coverages, duplicate detection, PatientRegistered / CoverageChanged. */
@ApplicationScoped
public class PatientService {
    @Inject
    TenantContext tenants;
    @Inject
    Outbox outbox;
    @Inject
    EligibilityService eligibility;

    public record Demographics(String practiceId, String lastName, String firstName, LocalDate dateOfBirth,
                               String gender, ClaimSubmitted.Address address, boolean consentToBill,
                               LocalDate consentSignedOn) {
    }

    public record NewCoverage(String payerId, String payerName, int order, String memberId, String groupNumber,
                              String relationship, ClaimSubmitted.Person subscriber, LocalDate effectiveFrom,
                              LocalDate effectiveTo) {
    }

    @Transactional
    public Patient register(Demographics d, List<NewCoverage> coverages) {
        String tenant = tenants.current();
        validate(coverages);
        Set<String> members = coverages.stream().map(NewCoverage::memberId).collect(Collectors.toSet());
        for (Patient same : Patient.sameNameAndBirth(tenant, d.lastName(), d.firstName(), d.dateOfBirth())) {
            boolean sharedMember = PatientCoverage.ofPatient(tenant, same.id).stream()
                    .anyMatch(c -> members.contains(c.memberId));
            if (sharedMember || members.isEmpty() && PatientCoverage.ofPatient(tenant, same.id).isEmpty()) {
                throw ApiException.conflict("possible duplicate of patient " + same.id
                        + " (same name, date of birth and member id)");
            }
        }
        Patient p = new Patient();
        p.id = Ids.newId();
        p.tenantId = tenant;
        p.createdAt = Instant.now();
        apply(p, d);
        p.persist();
        List<PatientCoverage> saved = replaceCoverages(p, coverages);
        publishRegistered(p, saved);
        outbox.publish(EligibilityEvents.COVERAGE_CHANGED, p.id, new CoverageChanged(p.id,
                saved.stream().map(PatientCoverage::toEvent).toList()));
        return p;
    }

    @Transactional
    public Patient updateDemographics(String id, Demographics d) {
        Patient p = find(id);
        apply(p, d);
        publishRegistered(p, PatientCoverage.ofPatient(p.tenantId, p.id));
        eligibility.onRegistrationChanged(p.id);
        return p;
    }

    @Transactional
    public List<PatientCoverage> replaceCoverages(String id, List<NewCoverage> coverages) {
        Patient p = find(id);
        validate(coverages);
        List<PatientCoverage> saved = replaceCoverages(p, coverages);
        outbox.publish(EligibilityEvents.COVERAGE_CHANGED, p.id, new CoverageChanged(p.id,
                saved.stream().map(PatientCoverage::toEvent).toList()));
        eligibility.onRegistrationChanged(p.id);
        return saved;
    }

    private Patient find(String id) {
        return Patient.findForTenant(tenants.current(), id).orElseThrow(() -> ApiException.notFound("patient"));
    }

    private static void validate(List<NewCoverage> coverages) {
        CoverageRules.Problem problem = CoverageRules.check(coverages.stream().map(c -> new CoverageRules.Item(
                c.payerId(), c.order(), c.memberId(), c.relationship(), c.subscriber() != null, c.effectiveFrom(),
                c.effectiveTo())).toList());
        if (problem != null) {
            throw ApiException.invalid(problem.field(), problem.message());
        }
    }

    private static void apply(Patient p, Demographics d) {
        p.practiceId = d.practiceId();
        p.lastName = d.lastName();
        p.firstName = d.firstName();
        p.nameKey = Patient.nameKey(d.lastName(), d.firstName());
        p.dateOfBirth = d.dateOfBirth();
        p.gender = d.gender();
        p.address = d.address();
        p.consentToBill = d.consentToBill();
        p.consentSignedOn = d.consentSignedOn();
        p.updatedAt = Instant.now();
    }

    private static List<PatientCoverage> replaceCoverages(Patient p, List<NewCoverage> coverages) {
        // a coverage keeps its id while payer and member id stay the same
        List<PatientCoverage> old = PatientCoverage.ofPatient(p.tenantId, p.id);
        java.util.Map<String, String> ids = old.stream()
                .collect(Collectors.toMap(c -> c.payerId + "|" + c.memberId, c -> c.id, (a, b) -> a));
        old.forEach(PatientCoverage::delete);
        PatientCoverage.getEntityManager().flush();
        return coverages.stream().sorted(java.util.Comparator.comparingInt(NewCoverage::order)).map(n -> {
            PatientCoverage c = new PatientCoverage();
            c.id = ids.getOrDefault(n.payerId() + "|" + n.memberId(), Ids.newId());
            c.tenantId = p.tenantId;
            c.patientId = p.id;
            c.order = n.order();
            c.payerId = n.payerId();
            c.payerName = n.payerName();
            c.memberId = n.memberId();
            c.groupNumber = n.groupNumber();
            c.relationship = n.relationship();
            c.subscriber = "18".equals(n.relationship()) ? null : n.subscriber();
            c.effectiveFrom = n.effectiveFrom();
            c.effectiveTo = n.effectiveTo();
            c.persist();
            return c;
        }).toList();
    }

    private void publishRegistered(Patient p, List<PatientCoverage> coverages) {
        PatientCoverage primary = coverages.isEmpty() ? null : coverages.get(0);
        outbox.publish(EligibilityEvents.PATIENT_REGISTERED, p.id, new PatientRegistered(p.id, p.practiceId,
                p.person(primary == null ? null : primary.memberId, primary == null ? null : primary.groupNumber),
                p.consentToBill, coverages.stream().map(PatientCoverage::toEvent).toList()));
    }
}
