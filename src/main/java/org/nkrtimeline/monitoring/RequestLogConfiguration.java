package org.nkrtimeline.monitoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request log (RequestLog), on unless {@code timeline.request-log.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "timeline.request-log.enabled", matchIfMissing = true)
class RequestLogConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestLog() {
        // On the engine, so that it also sees the requests Tomcat refuses before any web application does.
        return factory -> factory.addEngineValves(new RequestLog());
    }
}
