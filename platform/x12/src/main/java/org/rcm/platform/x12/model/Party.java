package org.rcm.platform.x12.model;

import java.util.List;

/**
 * A named entity from an N1 or NM1 loop.
 *
 * @param entityCode  N101 / NM101 (PR payer, PE payee, QC patient, IL insured, 82 rendering...)
 * @param name        organisation name or last name
 * @param firstName   first name (NM104) or null
 * @param middleName  middle name (NM105) or null
 * @param idQualifier N103 / NM108
 * @param id          N104 / NM109
 * @param address     N3/N4, or null
 * @param references  REF segments of the loop
 */
public record Party(String entityCode, String name, String firstName, String middleName, String idQualifier,
                    String id, Address address, List<Reference> references) {

    public Party withAddress(Address a) {
        return new Party(entityCode, name, firstName, middleName, idQualifier, id, a, references);
    }

    public Party withReference(Reference r) {
        List<Reference> refs = new java.util.ArrayList<>(references);
        refs.add(r);
        return new Party(entityCode, name, firstName, middleName, idQualifier, id, address, List.copyOf(refs));
    }
}
