package org.nkrtimeline.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.nkrtimeline.database.PostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The one database a test run uses, made fresh for the run and gone after it: a Testcontainers
 * PostgreSQL where Docker runs; otherwise a new database on the PostgreSQL server the application
 * would use (SPRING_DATASOURCE_* or localhost:5432), dropped when the JVM exits; otherwise an
 * embedded PostgreSQL in a temporary directory. Tests never touch the application's own data.
 */
public final class TestDatabase {

    private static Map<String, Object> properties;

    private TestDatabase() {}

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = create();
        }
        return properties;
    }

    /** The server holding the test run's database: it accepts logins that may create and drop databases. */
    public static PostgresServer server() {
        Map<String, Object> properties = properties();
        String hostPortDb = properties.get("spring.datasource.url").toString().substring("jdbc:postgresql://".length());
        String[] hostPort = hostPortDb.split("/", 2)[0].split(":");
        return new PostgresServer(
                hostPort[0],
                Integer.parseInt(hostPort[1]),
                properties.get("spring.datasource.username").toString(),
                properties.get("spring.datasource.password").toString());
    }

    private static Map<String, Object> create() {
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            return connection(
                    container.getJdbcUrl(),
                    container.getUsername(),
                    container.getPassword(),
                    "Testcontainers " + container.getDockerImageName());
        }
        String name = "nkr_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        PostgresServer server = configuredServer();
        try {
            server.createDatabaseIfMissing(name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
            return connection(
                    server.jdbcUrl(name),
                    server.username(),
                    server.password(),
                    "a fresh database " + name + " on " + server.host() + ":" + server.port());
        } catch (SQLException serverProblem) {
            return embedded(name, serverProblem);
        }
    }

    private static PostgresServer configuredServer() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        String host = "localhost";
        int port = 5432;
        if (url != null && url.startsWith("jdbc:postgresql://")) {
            String hostPort = url.substring("jdbc:postgresql://".length()).split("/", 2)[0];
            String[] parts = hostPort.split(":", 2);
            host = parts[0];
            port = parts.length > 1 ? Integer.parseInt(parts[1]) : 5432;
        }
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        return new PostgresServer(host, port, user, password);
    }

    private static Map<String, Object> embedded(String name, SQLException serverProblem) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("nkr-test-pg"))
                    .setCleanDataDirectory(true)
                    .start();
            PostgresServer server = new PostgresServer("localhost", postgres.getPort(), "postgres", "");
            server.createDatabaseIfMissing(name);
            return connection(server.jdbcUrl(name), "postgres", "", "an embedded PostgreSQL");
        } catch (IOException | SQLException | RuntimeException e) {
            throw new IllegalStateException(
                    "The tests need PostgreSQL: Docker is not running, the server at "
                            + configuredServer().host() + ":"
                            + configuredServer().port() + " could not be used ("
                            + serverProblem.getMessage() + "), and an embedded PostgreSQL did not start ("
                            + e.getMessage()
                            + "; it cannot run as root). Start PostgreSQL on localhost:5432 or Docker.",
                    e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Map<String, Object> connection(String url, String username, String password, String what) {
        System.out.println("Test database: " + what + " (" + url + ")");
        // The test run keeps up to 32 application contexts, each with its own pool: idle ones keep a
        // single connection, so that together they stay well under the server's max_connections.
        return Map.of(
                "spring.datasource.url",
                url,
                "spring.datasource.username",
                username,
                "spring.datasource.password",
                password,
                "spring.datasource.hikari.minimum-idle",
                "1",
                "spring.datasource.hikari.idle-timeout",
                "10000");
    }

    private static void drop(PostgresServer server, String name) {
        try {
            server.dropDatabase(name);
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + name + ": " + e.getMessage());
        }
    }
}
