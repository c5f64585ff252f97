package org.rcm.platform.x12.model;

/** N3/N4 address. */
public record Address(String line1, String line2, String city, String state, String postalCode) {

    public Address withStreet(String l1, String l2) {
        return new Address(l1, l2, city, state, postalCode);
    }

    public Address withCity(String c, String s, String zip) {
        return new Address(line1, line2, c, s, zip);
    }

    public static Address empty() {
        return new Address(null, null, null, null, null);
    }
}
