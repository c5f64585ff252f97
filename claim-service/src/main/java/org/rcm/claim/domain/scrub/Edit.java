package org.rcm.claim.domain.scrub;

/**
 * One scrubber finding. {@code id} is stable (docs/claim-edits.md lists them all), {@code path} names the claim
 * field in error (e.g. {@code lines[2].diagnosisPointers}). Messages never contain the submitted values (PHI).
 */
public record Edit(String id, Severity severity, String message, String path) {

    public enum Severity { BLOCK, WARN }

    public static Edit block(String id, String path, String message) {
        return new Edit(id, Severity.BLOCK, message, path);
    }

    public static Edit warn(String id, String path, String message) {
        return new Edit(id, Severity.WARN, message, path);
    }

    public boolean blocks() {
        return severity == Severity.BLOCK;
    }
}
