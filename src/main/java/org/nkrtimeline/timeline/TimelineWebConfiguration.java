package org.nkrtimeline.timeline;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Controllers of any feature take the reader's filter and page as arguments ({@link TimelineArguments}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TimelineWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new TimelineArguments());
    }
}
