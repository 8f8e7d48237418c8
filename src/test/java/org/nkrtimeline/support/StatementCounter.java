package org.nkrtimeline.support;

import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.monitoring.StatementObserver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application executes, whatever runs them (JPA, JdbcClient,
 * Flyway): the application's DataSource is observed. Import {@link Configuration} into a test to
 * install it.
 */
public final class StatementCounter {

    private static final List<String> EXECUTED = new ArrayList<>();

    private StatementCounter() {}

    public static synchronized void reset() {
        EXECUTED.clear();
    }

    /** The statements executed since the last reset, in order. */
    public static synchronized List<String> executed() {
        return List.copyOf(EXECUTED);
    }

    /**
     * The statements {@code request} ran, without the page cache's check of the collection's
     * version and the gazetteer's check of its own, which run on their own schedules and may land in
     * any request's count.
     */
    public static List<String> executedBy(Runnable request) {
        reset();
        request.run();
        // Only that check: the feed reads the version too, as part of its own statement, which counts.
        // The read index's indexer also runs on its own schedule (its SQL is marked).
        return executed().stream()
                .filter(sql -> !sql.contains("select number, changed_at from collection_version"))
                .filter(sql -> !sql.contains("select number from gazetteer_version"))
                .filter(sql -> !sql.contains("/* read index */"))
                .toList();
    }

    private static synchronized void record(String sql) {
        EXECUTED.add(sql);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return StatementObserver.observingDataSources(StatementCounter::record);
        }
    }
}
