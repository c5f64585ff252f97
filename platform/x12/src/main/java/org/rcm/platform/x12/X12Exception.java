package org.rcm.platform.x12;

/**
 * The only exception the readers, validators and writers throw for bad input or I/O failure.
 * {@link #code()} is a TA1 note code for unreadable interchanges or {@code "IO"} for I/O failures.
 */
public class X12Exception extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    public X12Exception(Finding finding) {
        super(finding.toString());
        this.finding = finding;
    }

    public X12Exception(Finding finding, Throwable cause) {
        super(finding.toString(), cause);
        this.finding = finding;
    }

    public Finding finding() {
        return finding;
    }

    public String code() {
        return finding.code();
    }

    public Level level() {
        return finding.level();
    }

    static X12Exception ta1(String code, long ordinal, String message) {
        return new X12Exception(new Finding(Level.TA1, code, Severity.ERROR, ordinal, 0, null, 0, 0, null, message));
    }

    static X12Exception io(java.io.IOException e) {
        return new X12Exception(new Finding(Level.TA1, "IO", Severity.ERROR, 0, 0, null, 0, 0, null,
                "I/O failure: " + e.getClass().getSimpleName()), e);
    }
}
