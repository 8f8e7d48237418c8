package org.nkrtimeline.timeline;

import java.util.Map;

/**
 * SQL statements of the timeline's filter that still run in PostgreSQL (the feed's and exports' rows,
 * {@link ExportStatements}); timeline pages read the read index instead ({@link TimelineRepository}).
 */
public final class TimelineStatements {

    private TimelineStatements() {}

    /** SQL with named parameters ({@code :name}) and their values. */
    public record Statement(String sql, Map<String, Object> params) {

        public Statement {
            params = Map.copyOf(params);
        }
    }
}
