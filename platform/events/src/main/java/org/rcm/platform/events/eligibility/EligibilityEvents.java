package org.rcm.platform.events.eligibility;

import org.rcm.platform.events.EventType;

/** Events produced by eligibility-service. All are keyed by patientId so one patient's facts stay in order. */
public final class EligibilityEvents {
    public static final String PATIENT_REGISTERED_TOPIC = "rcm.patient-registered";
    public static final String COVERAGE_CHANGED_TOPIC = "rcm.coverage-changed";
    public static final String ELIGIBILITY_VERIFIED_TOPIC = "rcm.eligibility-verified";
    public static final String ELIGIBILITY_PROBLEM_TOPIC = "rcm.eligibility-problem";
    public static final String AUTHORIZATION_UPDATED_TOPIC = "rcm.authorization-updated";

    public static final EventType<PatientRegistered> PATIENT_REGISTERED = new EventType<>(
            "PatientRegistered", 1, PATIENT_REGISTERED_TOPIC, "patient", PatientRegistered.class);
    public static final EventType<CoverageChanged> COVERAGE_CHANGED = new EventType<>(
            "CoverageChanged", 1, COVERAGE_CHANGED_TOPIC, "patient", CoverageChanged.class);
    public static final EventType<EligibilityVerified> ELIGIBILITY_VERIFIED = new EventType<>(
            "EligibilityVerified", 1, ELIGIBILITY_VERIFIED_TOPIC, "patient", EligibilityVerified.class);
    public static final EventType<EligibilityProblem> ELIGIBILITY_PROBLEM = new EventType<>(
            "EligibilityProblem", 1, ELIGIBILITY_PROBLEM_TOPIC, "patient", EligibilityProblem.class);
    public static final EventType<AuthorizationUpdated> AUTHORIZATION_UPDATED = new EventType<>(
            "AuthorizationUpdated", 1, AUTHORIZATION_UPDATED_TOPIC, "patient", AuthorizationUpdated.class);

    private EligibilityEvents() {
    }
}
