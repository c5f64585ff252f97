package org.rcm.platform.x12.eligibility;

/**
 * Information source (payer, NM1*PR, id qualifier PI) or receiver (provider, NM1*1P, id qualifier XX) of a 270.
 *
 * @param entityType NM102 "1" person or "2" organisation
 */
public record InquiryParty(String entityType, String name, String firstName, String idQualifier, String id) {
}
