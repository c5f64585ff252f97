package org.rcm.eligibility.benefits;

/**
 * A 271 AAA rejection, classified.
 *
 * @param aaaCode  AAA03
 * @param followUp AAA04 (C correct and resubmit, N no resubmission, P resubmit original, R resubmission allowed...)
 * @param level    where it was reported: SOURCE (payer), RECEIVER (provider), SUBSCRIBER or DEPENDENT
 * @param kind     what to do about it
 * @param field    the registration or setup field to fix, or null
 * @param message  plain text for a work item; never carries submitted values
 */
public record Rejection(String aaaCode, String followUp, String level, Kind kind, String field, String message) {

    public enum Kind {
        /** Payer or clearinghouse cannot answer now (42, 80...): retry later with backoff. */
        RETRY_LATER,
        /** Our data is wrong (member id, name, date of birth...): a person fixes the field, then re-checks. */
        FIX_DATA,
        /** The payer does not accept this service type: ask the next one of the fallback. */
        NEXT_SERVICE_TYPE,
        /** Provider enrolment or setup problem: a person must act; retrying does not help. */
        PROVIDER_SETUP
    }

    public boolean retryable() {
        return kind == Kind.RETRY_LATER;
    }
}
