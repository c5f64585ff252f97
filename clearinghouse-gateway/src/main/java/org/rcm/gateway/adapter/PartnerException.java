package org.rcm.gateway.adapter;

/** A partner call failed. {@code retryable} false means sending the same again cannot help (4xx, auth). */
public class PartnerException extends RuntimeException {
    public final boolean retryable;

    public PartnerException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public static class Permanent extends PartnerException {
        public Permanent(String message) {
            super(message, false, null);
        }
    }
}
