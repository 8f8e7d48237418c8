package org.nkrtimeline.api;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Problem details for the API's errors, wherever they arise. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiWebConfiguration implements WebMvcConfigurer {

    private final ApiProblems problems;

    ApiWebConfiguration(ApiProblems problems) {
        this.problems = problems;
    }

    /** First of all resolvers, so that the site's error pages (web.ErrorPageAdvice) never answer an API request. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, new ApiExceptionResolver(problems));
    }

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter() {
        FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(new ApiErrorFilter(problems));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        // Before Spring Security's chain and the error controller: the error page is not rendered at all.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }
}
