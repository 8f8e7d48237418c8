package org.nkrtimeline.support;

import java.util.Map;
import org.nkrtimeline.database.DatabaseEnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points every test application context at the test run's own database, ahead of the app's resolution. */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return DatabaseEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", TestDatabase.properties()));
        // Each application context is an instance of the app with its own read index, as on a server.
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testIndex", Map.of("timeline.index.directory", TestIndexDirectories.newDirectory())));
    }
}
