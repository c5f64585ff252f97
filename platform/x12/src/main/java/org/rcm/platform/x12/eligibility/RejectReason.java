package org.rcm.platform.x12.eligibility;

/**
 * AAA request validation: valid flag (AAA01 Y/N), reject reason (AAA03: 15 required application data
 * missing, 42 unable to respond now, 50 provider ineligible for inquiries, 72 invalid member id,
 * 75 subscriber not found...) and follow-up action (AAA04: C correct and resubmit, N resubmission not
 * allowed, R resubmission allowed...).
 */
public record RejectReason(String valid, String reasonCode, String followUpAction) {
}
