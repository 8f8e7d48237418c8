package org.nkrtimeline.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means PostgreSQL cannot be reached right now (stopped, restarting, the network
 * down, no pooled connection within the pool's timeout), rather than a fault of the request or the
 * code. Such a failure is the database's, and passes when it is back.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool (Hikari) closes a connection that failed with a connection error; the transaction's
     * rollback that follows then fails on it, and Spring reports that failure instead of the first.
     */
    private static boolean isClosedByThePool(SQLException failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return "Connection is closed".equals(failure.getMessage())
                && frames.length > 0
                && frames[0].getClassName().startsWith("com.zaxxer.hikari.");
    }

    /**
     * SQLSTATE class 08 (connection exception), and 57P01–57P03: the server is shutting down, crashed,
     * or is starting up and cannot accept connections yet.
     */
    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
