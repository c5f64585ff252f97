package org.rcm.eligibility.benefits;

/** A value for in-network (EB12 = Y) and out-of-network (EB12 = N) care; EB12 absent or W fills both. */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record Network<T>(T inNetwork, T outOfNetwork) {
    public static <T> Network<T> none() {
        return new Network<>(null, null);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return inNetwork == null && outOfNetwork == null;
    }
}
