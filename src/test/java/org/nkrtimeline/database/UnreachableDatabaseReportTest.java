package org.nkrtimeline.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.TestDatabase;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * What startup reports when the configured database cannot be used, for each way a connection fails,
 * from the errors PgJDBC really raises against the test run's server. StartupFailureIT shows the
 * report from the packaged application, in place of the stack traces.
 */
class UnreachableDatabaseReportTest {

    private final PostgresServer server = TestDatabase.server();

    /** The report for a startup that failed on connecting to {@code url} as {@code user}, as Flyway would. */
    private static FailureAnalysis reportFor(String url, String user) {
        SQLException failure =
                catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(url, user, ""));
        assertThat((Throwable) failure)
                .as("connecting to " + url + " as " + user)
                .isNotNull();
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "configured", Map.of("spring.datasource.url", url, "spring.datasource.username", user)));
        return new UnreachableDatabaseFailureAnalyzer(environment)
                .analyze(new IllegalStateException("Unable to obtain connection from database", failure));
    }

    @Test
    void noServerOnThePortIsReportedWithTheUrlButNotItsQueryStringAndSaysWhereToLook() {
        FailureAnalysis report = reportFor("jdbc:postgresql://127.0.0.1:1/timeline?password=secret&ssl=false", "app");

        assertThat(report.getDescription())
                .startsWith(
                        "Could not connect to the database jdbc:postgresql://127.0.0.1:1/timeline as user \"app\": ")
                .contains("Connection to 127.0.0.1:1 refused")
                .doesNotContain("secret");
        assertThat(report.getAction())
                .startsWith("Check that PostgreSQL is running")
                .contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void anUnknownHostIsNamed() {
        FailureAnalysis report = reportFor("jdbc:postgresql://no-such-host.invalid:5432/timeline", "app");

        assertThat(report.getDescription()).contains("(UnknownHostException: no-such-host.invalid)");
        assertThat(report.getAction()).startsWith("Check that PostgreSQL is running");
    }

    @Test
    void aRefusedLoginPointsAtTheUsernameAndPassword() {
        FailureAnalysis report = reportFor(server.jdbcUrl("postgres"), "no_such_user");

        assertThat(report.getDescription()).contains("as user \"no_such_user\"");
        assertThat(report.getAction())
                .contains("SPRING_DATASOURCE_USERNAME")
                .contains("SPRING_DATASOURCE_PASSWORD")
                .contains("pg_hba.conf");
    }

    @Test
    void aMissingDatabaseIsNamedWithHowToCreateIt() {
        FailureAnalysis report = reportFor(server.jdbcUrl("no_such_database"), server.username());

        assertThat(report.getDescription()).contains("database \"no_such_database\" does not exist");
        assertThat(report.getAction()).startsWith("Create the database");
    }

    @Test
    void otherDatabaseErrorsAreLeftToTheOtherReports() throws SQLException {
        String url = TestDatabase.properties().get("spring.datasource.url").toString();
        SQLException notAConnectionProblem;
        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
                Statement statement = connection.createStatement()) {
            notAConnectionProblem =
                    catchThrowableOfType(SQLException.class, () -> statement.execute("select * from no_such_table"));
        }

        assertThat(new UnreachableDatabaseFailureAnalyzer(new StandardEnvironment()).analyze(notAConnectionProblem))
                .isNull();
    }
}
