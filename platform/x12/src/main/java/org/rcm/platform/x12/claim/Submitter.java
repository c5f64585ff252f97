package org.rcm.platform.x12.claim;

/** 1000A submitter: organisation name, ETIN (NM109), contact name and telephone (PER). */
public record Submitter(String name, String id, String contactName, String phone) {
}
