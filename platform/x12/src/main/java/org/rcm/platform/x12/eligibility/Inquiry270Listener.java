package org.rcm.platform.x12.eligibility;

/** Receives 270 inquiries in input order. */
@FunctionalInterface
public interface Inquiry270Listener {
    void onInquiry(EligibilityInquiry inquiry);
}
