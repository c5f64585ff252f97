package org.rcm.platform.x12;

/** How serious a finding is: an error rejects the unit it belongs to, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
