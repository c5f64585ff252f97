package org.rcm.platform.x12.claim;

import org.rcm.platform.x12.model.Address;

/**
 * 2010AA billing provider.
 *
 * @param entityType NM102: "1" person, "2" organisation
 * @param name       organisation name or last name
 * @param firstName  first name for a person, else null
 * @param npi        NM109 (XX)
 * @param taxonomy   PRV03 (PRV*BI*PXC), or null
 * @param address    N3/N4 (a street address, not a PO box)
 * @param taxId      REF*EI (employer identification number)
 */
public record BillingProvider(String entityType, String name, String firstName, String npi, String taxonomy,
                              Address address, String taxId) {
}
