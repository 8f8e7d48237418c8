package org.nkrtimeline.admission;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * How many requests are worked on at once ({@code timeline.admission.*}, README "Configuration"): by
 * default as many as the machine has cores, and never fewer than two, so that a request waiting for
 * PostgreSQL leaves a core to another.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdmissionConfiguration {

    static final int FEWEST_CONCURRENT_REQUESTS = 2;

    @Bean
    AdmissionFilter admissionFilter(
            @Value("${timeline.admission.concurrent-requests:0}") int concurrentRequests,
            @Value("${timeline.admission.max-wait:3s}") Duration maxWait) {
        int turns = concurrentRequests > 0
                ? concurrentRequests
                : Math.max(FEWEST_CONCURRENT_REQUESTS, Runtime.getRuntime().availableProcessors());
        return new AdmissionFilter(turns, maxWait);
    }

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilterRegistration(AdmissionFilter filter) {
        FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(filter);
        // Inside the page cache, whose answers from memory need no turn, and inside the request
        // observation, so that the time spent waiting counts in http.server.requests; outside Spring
        // Security and everything that works on a request.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    MeterBinder admissionMeters(AdmissionFilter filter) {
        return registry -> {
            Gauge.builder("timeline.admission.waiting", filter, AdmissionFilter::waiting)
                    .description("Requests waiting for a turn to be worked on")
                    .register(registry);
            FunctionCounter.builder("timeline.admission.refused", filter, AdmissionFilter::refused)
                    .description("Requests answered 503 after waiting longer than timeline.admission.max-wait")
                    .register(registry);
        };
    }
}
