package org.nkrtimeline.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Only where there are web pages: the command-line import runs without a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ErrorPageConfiguration {

    @Bean
    BasicErrorController siteErrorController(
            ErrorAttributes errorAttributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
        return new SiteErrorController(
                errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }

    @Bean
    FilterRegistrationBean<UndecodablePathFilter> undecodablePathFilter() {
        FilterRegistrationBean<UndecodablePathFilter> registration =
                new FilterRegistrationBean<>(new UndecodablePathFilter());
        // Ahead of Spring Security, whose first step parses the path. Whether it runs before or after
        // the page cache (also first of all) does not matter: such an address never answers 200, so
        // it is never cached.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
