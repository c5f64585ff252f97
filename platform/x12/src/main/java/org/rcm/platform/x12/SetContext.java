package org.rcm.platform.x12;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a transaction handler knows about where it is, and where it reports findings. */
public final class SetContext {
    private final X12Engine engine;
    final String interchangeControlNumber;
    final String groupControlNumber;
    final String functionalId;
    final String groupVersion;
    final String transactionSetId;
    final String controlNumber;
    final String implementationReference;
    int position;

    SetContext(X12Engine engine, String icn, String gcn, String functionalId, String groupVersion,
               String setId, String controlNumber, String implementationReference) {
        this.engine = engine;
        this.interchangeControlNumber = icn;
        this.groupControlNumber = gcn;
        this.functionalId = functionalId;
        this.groupVersion = groupVersion;
        this.transactionSetId = setId;
        this.controlNumber = controlNumber;
        this.implementationReference = implementationReference;
    }

    public String interchangeControlNumber() {
        return interchangeControlNumber;
    }

    public String groupControlNumber() {
        return groupControlNumber;
    }

    public String functionalId() {
        return functionalId;
    }

    public String groupVersion() {
        return groupVersion;
    }

    public String transactionSetId() {
        return transactionSetId;
    }

    /** ST02. */
    public String controlNumber() {
        return controlNumber;
    }

    /** ST03, or GS08 when ST03 is absent. */
    public String implementationReference() {
        return implementationReference;
    }

    /** Position of the current segment in the set (ST = 1). */
    public int position() {
        return position;
    }

    /** IK4 finding on an element of {@code s}. */
    public void elementError(Segment s, int element, int component, String code, String message) {
        engine.setFinding(Level.IK4, code, Severity.ERROR, s.ordinal(), position, s.id(), element, component, message);
    }

    /** IK4 warning: noted in the 999 (IK5 E) without rejecting the set. */
    public void elementWarning(Segment s, int element, int component, String code, String message) {
        engine.setFinding(Level.IK4, code, Severity.WARNING, s.ordinal(), position, s.id(), element, component,
                message);
    }

    /** IK3 finding on {@code s}. */
    public void segmentError(Segment s, String code, String message) {
        engine.setFinding(Level.IK3, code, Severity.ERROR, s.ordinal(), position, s.id(), 0, 0, message);
    }

    /** IK3 code 3 (required segment missing) noticed at the current position. */
    public void missingSegment(String segmentId, String message) {
        engine.setFinding(Level.IK3, "3", Severity.ERROR, 0, position, segmentId, 0, 0, message);
    }

    /** IK5 finding on the whole set. */
    public void setError(String code, String message) {
        engine.setFinding(Level.IK5, code, Severity.ERROR, 0, 0, null, 0, 0, message);
    }

    /** Business rule finding (balancing), tied to a segment when {@code s} is not null. */
    public void business(Segment s, String code, String message) {
        engine.setFinding(Level.BUSINESS, code, Severity.ERROR, s == null ? 0 : s.ordinal(), s == null ? 0 : position,
                s == null ? null : s.id(), 0, 0, message);
    }

    /** Reads a required or optional decimal, reporting IK4 1 (missing) or 6 (invalid character). */
    public BigDecimal decimal(Segment s, int element, boolean required) {
        BigDecimal v = s.decimal(element);
        if (v == null) {
            if (!s.isBlank(element)) {
                elementError(s, element, 0, "6", s.id() + element(element) + " is not a valid number");
            } else if (required) {
                elementError(s, element, 0, "1", s.id() + element(element) + " is required");
            }
        }
        return v;
    }

    /** Reads a CCYYMMDD date, reporting IK4 8 when it is not a real date. */
    public LocalDate date(Segment s, int element, boolean required) {
        LocalDate v = s.date(element);
        if (v == null) {
            if (!s.isBlank(element)) {
                elementError(s, element, 0, "8", s.id() + element(element) + " is not a valid CCYYMMDD date");
            } else if (required) {
                elementError(s, element, 0, "1", s.id() + element(element) + " is required");
            }
        }
        return v;
    }

    /** Reads a required string element, reporting IK4 1 when blank. */
    public String required(Segment s, int element) {
        String v = s.element(element);
        if (v == null) {
            elementError(s, element, 0, "1", s.id() + element(element) + " is required");
        }
        return v;
    }

    /** Parses a date in D8 or RD8 form (the start of a range); reports IK4 8 when invalid. */
    public LocalDate[] dateOrRange(Segment s, int qualifierElement, int valueElement) {
        String value = s.element(valueElement);
        if (value == null) {
            return new LocalDate[] {null, null};
        }
        if (s.is(qualifierElement, "RD8")) {
            int dash = value.indexOf('-');
            LocalDate a = dash < 0 ? null : Values.date8(value.substring(0, dash));
            LocalDate b = dash < 0 ? null : Values.date8(value.substring(dash + 1));
            if (a == null || b == null) {
                elementError(s, valueElement, 0, "8", s.id() + element(valueElement) + " is not a valid date range");
            }
            return new LocalDate[] {a, b};
        }
        LocalDate a = Values.date8(value);
        if (a == null) {
            elementError(s, valueElement, 0, "8", s.id() + element(valueElement) + " is not a valid CCYYMMDD date");
        }
        return new LocalDate[] {a, null};
    }

    private static String element(int i) {
        return i < 10 ? "0" + i : Integer.toString(i);
    }
}
