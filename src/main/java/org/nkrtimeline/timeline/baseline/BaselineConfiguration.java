package org.nkrtimeline.timeline.baseline;

import javax.sql.DataSource;
import org.nkrtimeline.timeline.TimelineService;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The benchmark's baseline B1 at {@code /bench/b1}, only with the {@code bench} profile: a public
 * page that no reader needs has no place in a normal run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Profile("bench")
class BaselineConfiguration {

    static final String PATH = "/bench/b1";

    @Bean
    ServletRegistrationBean<BaselineTimelineServlet> baselineTimeline(DataSource dataSource,
            ResourceUrlProvider resourceUrls, SiteUrl site, @Value(TimelineService.PAGE_SIZE) int pageSize) {
        return new ServletRegistrationBean<>(
                new BaselineTimelineServlet(new BaselineQueries(dataSource, pageSize), resourceUrls, site), PATH);
    }
}
