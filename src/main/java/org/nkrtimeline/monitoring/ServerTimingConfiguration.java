package org.nkrtimeline.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * With {@code timeline.server-timing.enabled=true}, every response says how many SQL statements it
 * took: {@code Server-Timing: sql;desc="3 statements"}. The benchmark reads it (bench/run.sh). Off
 * by default: the response is buffered until the count is known, and the count tells strangers
 * more about the site than they need.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty("timeline.server-timing.enabled")
class ServerTimingConfiguration {

    private static final ThreadLocal<int[]> STATEMENTS = ThreadLocal.withInitial(() -> new int[1]);

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return StatementObserver.observingDataSources(sql -> STATEMENTS.get()[0]++);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> serverTimingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        STATEMENTS.get()[0] = 0;
                        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
                        try {
                            chain.doFilter(request, buffered);
                        } finally {
                            response.setHeader(
                                    "Server-Timing",
                                    "sql;desc=\"%d statements\""
                                            .formatted(STATEMENTS.get()[0]));
                            buffered.copyBodyToResponse();
                        }
                    }
                });
        // Outside everything else, so that every statement of the request is counted.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
