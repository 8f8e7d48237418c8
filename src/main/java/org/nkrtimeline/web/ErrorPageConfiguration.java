package org.nkrtimeline.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only where there are web pages: the command-line import runs without a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ErrorPageConfiguration {

    @Bean
    BasicErrorController siteErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                                             ObjectProvider<ErrorViewResolver> resolvers) {
        return new SiteErrorController(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }
}
