package org.nkrtimeline.database;

import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the database before anything connects to it, in this order, and logs the choice:
 * (1) {@code spring.datasource.url}, e.g. from {@code SPRING_DATASOURCE_URL}; (2) PostgreSQL on
 * localhost:5432; (3) an embedded PostgreSQL. Runs after the configuration files are read.
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 10;

    private final Log log;

    public DatabaseEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(DatabaseEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("spring.datasource.url");
        if (configured != null && !configured.isBlank()) {
            // The query string may carry a password, so it stays out of the log.
            log.info("Database: using the configured spring.datasource.url " + configured.replaceFirst("\\?.*", "?…"));
            return;
        }
        PostgresServer local = new PostgresServer(
                "localhost",
                5432,
                environment.getProperty("spring.datasource.username", "postgres"),
                environment.getProperty("spring.datasource.password", ""));
        DatabaseLocator locator = new DatabaseLocator(
                local,
                environment.getProperty("timeline.database.name", "nkr_timeline"),
                Path.of(environment.getProperty("timeline.database.embedded-data-dir", "data/postgres")),
                RootUser::isRoot,
                log::warn);
        DatabaseLocator.Located located = locator.locate();
        log.info("Database: " + located.description());
        environment.getPropertySources().addFirst(new MapPropertySource("timelineDatabase", located.properties()));
    }
}
