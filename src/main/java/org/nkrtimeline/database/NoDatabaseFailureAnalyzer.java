package org.nkrtimeline.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "no database" into a short message with the three ways to provide one, not a stack trace. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

    static final String THREE_WAYS = """
            Provide a PostgreSQL database (version 14 or newer) in one of three ways:
              1. Set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD),
                 e.g. SPRING_DATASOURCE_URL=jdbc:postgresql://db.example.org:5432/nkr_timeline
              2. Run a PostgreSQL server on localhost:5432 that accepts the user "postgres" (or the user in
                 SPRING_DATASOURCE_USERNAME); the database "nkr_timeline" is created if missing.
              3. Run the application as an ordinary (non-root) user: it then starts an embedded PostgreSQL
                 that keeps its data in data/postgres.""";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
        return new FailureAnalysis(cause.getMessage(), THREE_WAYS, null);
    }
}
