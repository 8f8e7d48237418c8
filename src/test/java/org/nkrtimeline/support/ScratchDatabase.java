package org.nkrtimeline.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.nkrtimeline.database.PostgresServer;

/**
 * An empty database of its own on the test run's server, for a test that starts a whole application
 * on it and must not disturb the database the other tests share; dropped on close.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final PostgresServer server = TestDatabase.server();
    private final String name;

    public ScratchDatabase(String purpose) throws SQLException {
        name = "nkr_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
        server.createDatabaseIfMissing(name);
    }

    public String url() {
        return server.jdbcUrl(name);
    }

    /** As Spring properties, for an application in this JVM. */
    public Map<String, Object> properties() {
        return Map.of(
                "spring.datasource.url",
                url(),
                "spring.datasource.username",
                server.username(),
                "spring.datasource.password",
                server.password());
    }

    /** As environment variables, for the application run as a process of its own. */
    public Map<String, String> environment() {
        return Map.of(
                "SPRING_DATASOURCE_URL",
                url(),
                "SPRING_DATASOURCE_USERNAME",
                server.username(),
                "SPRING_DATASOURCE_PASSWORD",
                server.password());
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), server.username(), server.password());
    }

    @Override
    public void close() throws SQLException {
        server.dropDatabase(name);
    }
}
