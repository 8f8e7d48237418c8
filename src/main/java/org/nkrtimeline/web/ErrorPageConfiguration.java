package org.nkrtimeline.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

    @Bean
    BasicErrorController siteErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                                             ObjectProvider<ErrorViewResolver> resolvers) {
        return new SiteErrorController(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }
}
