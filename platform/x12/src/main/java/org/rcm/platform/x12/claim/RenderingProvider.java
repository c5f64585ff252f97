package org.rcm.platform.x12.claim;

/** 2310B rendering provider (a person): name, NPI and taxonomy (PRV*PE*PXC). */
public record RenderingProvider(String lastName, String firstName, String npi, String taxonomy) {
}
