package org.nkrtimeline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.AppProcess;

/**
 * Given a database server that is not there, the packaged application stops on its first attempt to
 * connect, with exit status 1 and a short report of what it tried, why that failed and what to do,
 * and no stack traces. UnreachableDatabaseReportTest covers the other ways a connection fails.
 */
class UnreachableDatabaseStartupIT {

    @Test
    void withNoServerAtTheConfiguredAddressItExitsWithAShortReportAndNoStackTrace() throws Exception {
        long launched = System.nanoTime();
        try (AppProcess app = AppProcess.launch(Map.of(
                "SPRING_DATASOURCE_URL",
                "jdbc:postgresql://127.0.0.1:1/timeline?password=secret",
                "SPRING_DATASOURCE_USERNAME",
                "app",
                "SPRING_DATASOURCE_PASSWORD",
                "secret"))) {

            assertThat(app.process().waitFor(60, TimeUnit.SECONDS))
                    .as("the application gave up")
                    .isTrue();

            System.out.printf(
                    "The application gave up %d ms after it was launched%n",
                    Duration.ofNanos(System.nanoTime() - launched).toMillis());
            assertThat(app.process().exitValue()).isEqualTo(1);
            assertThat(app.output())
                    .contains("APPLICATION FAILED TO START")
                    .contains(
                            "Could not connect to the database jdbc:postgresql://127.0.0.1:1/timeline as user \"app\": "
                                    + "Connection to 127.0.0.1:1 refused.")
                    .contains("Check that PostgreSQL is running")
                    .doesNotContain("secret")
                    .doesNotContainPattern("(?m)^\\s+at ");
        }
    }
}
