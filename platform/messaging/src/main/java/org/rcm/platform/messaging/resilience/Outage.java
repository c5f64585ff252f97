package org.rcm.platform.messaging.resilience;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells an outage of the infrastructure (database unreachable, restarting or refusing connections) from a failure of
 * the work itself. An outage says nothing about the event or request: the same work succeeds once the database is
 * back, so consumers wait for it instead of dead-lettering, and REST answers 503 with Retry-After instead of 500.
 */
public final class Outage {
    private Outage() {
    }

    /** True when {@code failure} or one of its causes is a lost or refused connection to a dependency. */
    public static boolean isOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            if (t.getClass().getName().endsWith(".JDBCConnectionException")) {
                return true;
            }
            String message = message(t);
            if (message.contains("acquisition timeout") || message.contains("connection refused")
                    || message.contains("this connection has been closed")) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shutting down or starting). */
    static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
    }
}
