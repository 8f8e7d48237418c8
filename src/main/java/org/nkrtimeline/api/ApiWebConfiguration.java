package org.nkrtimeline.api;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.nkrtimeline.timeline.TimelineService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Problem details for the API's errors, wherever they arise, and the list's {@link PageLimit} argument. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiWebConfiguration implements WebMvcConfigurer {

    private final ApiProblems problems;
    private final int pageSize;

    ApiWebConfiguration(ApiProblems problems, @Value(TimelineService.PAGE_SIZE) int pageSize) {
        this.problems = problems;
        this.pageSize = pageSize;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageLimitArgument(pageSize));
    }

    /** First of all resolvers, so that the site's error pages (web.ErrorPageAdvice) never answer an API request. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, new ApiExceptionResolver(problems));
    }

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter() {
        FilterRegistrationBean<ApiErrorFilter> registration =
                new FilterRegistrationBean<>(new ApiErrorFilter(problems));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        // Before Spring Security's chain and the error controller: the error page is not rendered at all.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }
}
