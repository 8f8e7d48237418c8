package org.nkrtimeline.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nkrtimeline.TimelineApplication;
import org.nkrtimeline.support.ScratchDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A migration edited after it was applied stops the application's startup with a short report that
 * names it and says what to do. The application migrates a database of its own; then one migration's
 * checksum in the history is changed, as editing its file would, and the application starts again.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChangedMigrationTest {

    @Test
    void anEditedMigrationStopsStartupWithAReportNamingItAndSayingToAddANewOne(CapturedOutput output)
            throws SQLException {
        try (ScratchDatabase database = new ScratchDatabase("changed_migration")) {
            start(database).close();
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate(
                                "update flyway_schema_history set checksum = checksum + 1 where version = '7'"))
                        .isOne();
            }
            int before = output.getOut().length();

            Throwable failure = catchThrowable(() -> start(database));

            assertThat(failure).hasRootCauseInstanceOf(FlywayValidateException.class);
            String startup = output.getOut().substring(before);
            assertThat(startup).contains("APPLICATION FAILED TO START").doesNotContainPattern("(?m)^\\s+at ");
            assertThat(startup.substring(startup.indexOf("APPLICATION FAILED TO START")))
                    .contains("Migration V7 was changed after being applied to this database")
                    .contains("Migration checksum mismatch for migration version 7")
                    .contains("Never edit a migration once it has run anywhere")
                    .contains("a new migration with the next free version number")
                    .contains("Flyway's repair")
                    .contains("docs/migrations.md")
                    .doesNotContain("Need more flexibility");
        }
    }

    private static ConfigurableApplicationContext start(ScratchDatabase database) {
        SpringApplication application = new SpringApplication(TimelineApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Initializers run after every EnvironmentPostProcessor, so this wins over the test run's database.
        application.addInitializers(context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("scratchDatabase", database.properties())));
        return application.run();
    }
}
