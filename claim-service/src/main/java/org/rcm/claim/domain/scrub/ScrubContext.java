package org.rcm.claim.domain.scrub;

import org.rcm.claim.domain.ncci.NcciTables;

import java.time.LocalDate;

/**
 * Everything besides the claim itself that the edits read.
 *
 * @param today            the submission date (timely filing)
 * @param payer            the destination payer's rules, or null when the payer is not set up
 * @param primaryCoverages how many of the patient's coverages are in order 1 (primary) on the date of service
 * @param authorization    the matching prior authorization, or null
 * @param billingPhone     the billing provider's contact phone (PER), or null
 * @param taxIdType        EIN or SSN (REF*EI / REF*SY of the billing provider)
 * @param ncci             PTP and MUE tables (empty tables: the NCCI edits do nothing)
 */
public record ScrubContext(LocalDate today, PayerRules payer, int primaryCoverages, AuthorizationInfo authorization,
                           String billingPhone, String taxIdType, NcciTables ncci) {

    public ScrubContext {
        ncci = ncci == null ? NcciTables.EMPTY : ncci;
        taxIdType = taxIdType == null ? "EIN" : taxIdType;
    }
}
