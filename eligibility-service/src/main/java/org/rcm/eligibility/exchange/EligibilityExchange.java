package org.rcm.eligibility.exchange;

/**
 * Port to the clearinghouse gateway's real-time eligibility endpoint: one 270 interchange in, the 271
 * interchange out. See docs/eligibility.md for the HTTP contract.
 */
public interface EligibilityExchange {

    /**
     * @param tenantId    the tenant the inquiry is for (the service token carries it)
     * @param inquiry270  a complete 270 interchange
     * @param callerToken the bearer token of the REST caller, or null in background work (a service token is minted)
     * @return the 271 interchange bytes
     * @throws ExchangeUnavailable when the gateway, clearinghouse or payer cannot be reached now (retry later)
     * @throws ExchangeRejected    when the gateway refuses the request (a person must look)
     */
    byte[] exchange(String tenantId, byte[] inquiry270, String callerToken);

    /** Gateway answered 502/503/504, timed out or could not be reached. */
    class ExchangeUnavailable extends RuntimeException {
        public ExchangeUnavailable(String message) {
            super(message);
        }
    }

    /** Gateway answered another non-200 status (400, 401, 403...). */
    class ExchangeRejected extends RuntimeException {
        private final int status;

        public ExchangeRejected(int status) {
            super("gateway answered HTTP " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
