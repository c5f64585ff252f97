package org.rcm.platform.x12.eligibility;

/** Receives 271 responses in input order. */
@FunctionalInterface
public interface Eligibility271Listener {

    /** Once per subscriber (with its dependents), or once per rejected source/receiver without subscriber. */
    void onResponse(EligibilityResponse response);
}
