package org.rcm.platform.x12.model;

/** REF qualifier (REF01) and value (REF02). */
public record Reference(String qualifier, String value) {
}
