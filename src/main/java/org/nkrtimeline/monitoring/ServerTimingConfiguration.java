package org.nkrtimeline.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nkrtimeline.index.IndexTiming;
import org.nkrtimeline.web.HeldResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code timeline.server-timing.enabled=true}, every response says how many read-index queries and
 * SQL statements it took and where its time went: {@code Server-Timing: index;dur=1.20;desc="5 queries",
 * sql;dur=0.80;desc="2 statements", render;dur=3.10}. The benchmark reads it (bench/run.sh). Off
 * by default: the response is buffered until the count is known, and the count tells strangers
 * more about the site than they need.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty("timeline.server-timing.enabled")
class ServerTimingConfiguration {

    /** Per request thread: SQL statements, and their nanoseconds. */
    private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[2]);

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return StatementObserver.timingDataSources((sql, nanos) -> {
            long[] statements = STATEMENTS.get();
            statements[0]++;
            statements[1] += nanos;
        });
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> serverTimingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        long[] statements = STATEMENTS.get();
                        statements[0] = 0;
                        statements[1] = 0;
                        IndexTiming.reset();
                        long started = System.nanoTime();
                        HeldResponse buffered = new HeldResponse(response);
                        try {
                            chain.doFilter(request, buffered);
                        } finally {
                            response.setHeader("Server-Timing", header(statements, System.nanoTime() - started));
                            buffered.copyBodyToResponse();
                        }
                    }
                });
        // Outside everything else of the app (the first place is left to harnesses such as the
        // tests'), so that every statement of the request is counted.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * {@code index} (the read index's queries), {@code sql} (the statements) and {@code render} (the
     * rest of the request's time: Java and the template), in milliseconds.
     */
    private static String header(long[] statements, long totalNanos) {
        long indexNanos = IndexTiming.nanos();
        long renderNanos = Math.max(0, totalNanos - indexNanos - statements[1]);
        return "index;dur=%s;desc=\"%d queries\", sql;dur=%s;desc=\"%d statements\", render;dur=%s"
                .formatted(
                        millis(indexNanos),
                        IndexTiming.queries(),
                        millis(statements[1]),
                        statements[0],
                        millis(renderNanos));
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
