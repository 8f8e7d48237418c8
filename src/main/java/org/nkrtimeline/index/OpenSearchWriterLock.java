package org.nkrtimeline.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Which instance writes the OpenSearch index: the one holding a PostgreSQL session lock, on a
 * connection it keeps out of the pool. The others stand by; when the writer stops, or dies and its
 * session ends, the lock is free, and the next instance to ask takes over from the index's
 * position. So a rebuild (a start on a missing index, the reindex command) runs once, not once per
 * instance.
 */
final class OpenSearchWriterLock {

    /** The lock's key; V20's outbox lock is 7270517. */
    private static final long KEY = 7270518L;

    private final DataSource dataSource;
    private Connection held;

    OpenSearchWriterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this instance holds the lock, asking for it if not; false if the database cannot be reached. */
    boolean tryHold() {
        if (held != null) {
            return true;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement();
                    ResultSet locked =
                            statement.executeQuery(IndexOutbox.MARK + "select pg_try_advisory_lock(" + KEY + ")")) {
                if (locked.next() && locked.getBoolean(1)) {
                    held = connection;
                    return true;
                }
            }
        } catch (SQLException e) {
            // Not held; asked again at the next poll.
        }
        close(connection);
        return false;
    }

    /** Lets another instance take over. */
    void release() {
        if (held == null) {
            return;
        }
        // The connection goes back to the pool, its session with it: the lock must be let go first.
        // (A connection that broke took its session, and the lock, with it.)
        try (Statement statement = held.createStatement()) {
            statement.execute(IndexOutbox.MARK + "select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // Broken: nothing is held any more.
        }
        close(held);
        held = null;
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // The session is gone either way, and the lock with it.
        }
    }
}
