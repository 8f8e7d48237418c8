package org.nkrtimeline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.PrivatePostgres;

/**
 * The backup and restore that docs/operations.md gives (pg_dump's custom format, pg_restore into a
 * new database) brings back every row of a migrated database, with PostgreSQL's own tools of the
 * same version as the server.
 */
class BackupRestoreIT {

    @Test
    void aRestoredBackupHasEveryRowOfEveryTable() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.start()) {
            PostgresServer server = new PostgresServer("127.0.0.1", postgres.port(), "postgres", "");
            server.createDatabaseIfMissing("nkr_original");
            Flyway.configure()
                    .dataSource(server.jdbcUrl("nkr_original"), "postgres", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            Path dump = Files.createTempFile("nkr-backup", ".dump");
            try {
                postgres.runTool("pg_dump", "--format=custom", "--file=" + dump, "--dbname=nkr_original");
                server.createDatabaseIfMissing("nkr_restored");
                postgres.runTool(
                        "pg_restore", "--exit-on-error", "--no-owner", "--dbname=nkr_restored", dump.toString());

                Map<String, Long> original = rowCounts(server.jdbcUrl("nkr_original"));
                assertThat(original).containsKeys("article", "topic", "entity", "flyway_schema_history");
                assertThat(original.get("article")).isEqualTo(5);
                assertThat(rowCounts(server.jdbcUrl("nkr_restored"))).isEqualTo(original);
            } finally {
                Files.deleteIfExists(dump);
            }
        }
    }

    private static Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }
}
