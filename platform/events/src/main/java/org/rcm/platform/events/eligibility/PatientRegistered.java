package org.rcm.platform.events.eligibility;

import org.rcm.platform.events.claim.ClaimSubmitted;

import java.util.List;

/** A patient was registered (or their demographics changed). Key: patientId. Carries PHI. */
public record PatientRegistered(String patientId, String practiceId, ClaimSubmitted.Person demographics,
                                boolean consentToBill, List<Coverage> coverages) {
}
