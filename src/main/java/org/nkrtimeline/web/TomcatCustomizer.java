package org.nkrtimeline.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.nkrtimeline.i18n.SiteText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Tomcat answers some malformed requests itself. An encoded slash ({@code %2F}) in a path is passed
 * on to the application, which answers 404 for an article address that contains one; anything else
 * Tomcat refuses gets the site's styled error page. Runs after Spring Boot's own Tomcat setup.
 */
@Component
class TomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private final SiteText text;

    TomcatCustomizer(ObjectProvider<ResourceUrlProvider> resourceUrls, SiteText text) {
        this.resourceUrls = resourceUrls;
        this.text = text;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
            host.getPipeline().addValve(new SiteErrorReportValve(this::stylesheet, text));
        });
    }

    private String stylesheet() {
        ResourceUrlProvider urls = resourceUrls.getIfAvailable();
        String versioned = urls == null ? null : urls.getForLookupPath("/css/site.css");
        return versioned == null ? "/css/site.css" : versioned;
    }
}
