package org.nkrtimeline.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.TestDatabase;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The database resolution of `./mvnw spring-boot:run`, against the test run's real PostgreSQL server. */
class DatabaseLocatorTest {

    private final List<String> log = new ArrayList<>();
    private final String database =
            "nkr_locator_" + UUID.randomUUID().toString().substring(0, 8);
    private final PostgresServer server = TestDatabase.server();

    @AfterEach
    void dropDatabase() throws SQLException {
        server.dropDatabase(database);
    }

    @Test
    void usesTheLocalServerAndCreatesTheApplicationsDatabaseOnlyWhenMissing() {
        DatabaseLocator locator = new DatabaseLocator(server, database, Path.of("unused"), () -> false, log::add);

        DatabaseLocator.Located first = locator.locate();
        DatabaseLocator.Located second = locator.locate();

        assertThat(first.url()).isEqualTo(server.jdbcUrl(database));
        assertThat(first.description()).contains("database " + database + " (created just now)");
        assertThat(second.description()).doesNotContain("created");
        assertThat(first.properties())
                .containsEntry("spring.datasource.url", server.jdbcUrl(database))
                .containsEntry("spring.datasource.username", server.username());
        assertThat(log).isEmpty();
    }

    @Test
    void asRootWithNoReachableServerItStopsWithAMessageNamingTheThreeWays() {
        PostgresServer nothingThere = new PostgresServer("127.0.0.1", 1, "postgres", "");
        DatabaseLocator locator = new DatabaseLocator(nothingThere, database, Path.of("unused"), () -> true, log::add);

        assertThatThrownBy(locator::locate)
                .isInstanceOf(NoDatabaseException.class)
                .hasMessageStartingWith("No database is available. SPRING_DATASOURCE_URL is not set;"
                        + " PostgreSQL on 127.0.0.1:1 could not be used (")
                .hasMessageEndingWith("the embedded PostgreSQL cannot start because this process runs as root,"
                        + " which PostgreSQL refuses.");
        assertThat(log).singleElement().asString().startsWith("No usable PostgreSQL on 127.0.0.1:1");
    }

    @Test
    void theStartupFailureReportSaysHowToProvideADatabase() {
        FailureAnalysis analysis = new NoDatabaseFailureAnalyzer()
                .analyze(new IllegalStateException(new NoDatabaseException("No database is available.")));

        assertThat(analysis.getDescription()).isEqualTo("No database is available.");
        assertThat(analysis.getAction())
                .contains("SPRING_DATASOURCE_URL")
                .contains("localhost:5432")
                .contains("non-root")
                .contains("data/postgres");
    }
}
