package org.rcm.platform.x12.claim;

/** 1000B receiver: name and id (NM109). */
public record Receiver(String name, String id) {
}
