package org.rcm.denial.domain;

/** The work queues a denial can land in. */
public enum DenialCategory {
    ELIGIBILITY, AUTHORIZATION, CODING, MISSING_INFORMATION, MEDICAL_NECESSITY, DUPLICATE, BENEFIT_LIMIT,
    TIMELY_FILING, COORDINATION_OF_BENEFITS, CONTRACTUAL, OTHER
}
