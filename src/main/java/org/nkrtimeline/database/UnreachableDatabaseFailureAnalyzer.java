package org.nkrtimeline.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a failed connection to the configured database at startup (no server there, unknown host,
 * login refused, no such database) into a short report of what was tried, why it failed and what to
 * do, instead of pages of stack traces. Any other SQL error is left to the other analyzers.
 */
class UnreachableDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final String UNREACHABLE = """
            Check that PostgreSQL is running and accepts TCP connections from this machine on that host \
            and port (listen_addresses in postgresql.conf, firewalls), or correct the host and port in \
            SPRING_DATASOURCE_URL.""";
    private static final String LOGIN_REFUSED = """
            Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the server's \
            pg_hba.conf lets this user connect to this database from this machine.""";
    private static final String NO_SUCH_DATABASE = """
            Create the database (CREATE DATABASE in psql, or createdb) or correct its name in \
            SPRING_DATASOURCE_URL. The application creates its tables itself on first start.""";

    private final Environment environment;

    UnreachableDatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String action = actionFor(cause.getSQLState());
        if (action == null) {
            return null;
        }
        String user = environment.getProperty("spring.datasource.username");
        return new FailureAnalysis(
                "Could not connect to the database %s%s: %s"
                        .formatted(
                                withoutQuery(environment.getProperty(
                                        "spring.datasource.url", "(spring.datasource.url is not set)")),
                                user == null ? "" : " as user \"" + user + "\"",
                                reason(cause)),
                action,
                cause);
    }

    /** By SQLSTATE: class 08 is a failed connection, class 28 a refused login, 3D000 a missing database. */
    private static String actionFor(String sqlState) {
        if (sqlState == null) {
            return null;
        }
        // PgJDBC says 08004 when the server wants a password and none was given.
        if (sqlState.startsWith("28") || sqlState.equals("08004")) {
            return LOGIN_REFUSED;
        }
        if (sqlState.startsWith("08")) {
            return UNREACHABLE;
        }
        return sqlState.equals("3D000") ? NO_SUCH_DATABASE : null;
    }

    /** PgJDBC's message, and the network error under it, which alone names e.g. an unknown host. */
    private static String reason(SQLException failure) {
        Throwable under = failure.getCause();
        return under == null
                ? failure.getMessage()
                : "%s (%s: %s)".formatted(failure.getMessage(), under.getClass().getSimpleName(), under.getMessage());
    }

    /** PgJDBC takes credentials only in the query string, so without it the URL is safe to print. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
