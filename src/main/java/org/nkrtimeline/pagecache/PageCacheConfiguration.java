package org.nkrtimeline.pagecache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.unit.DataSize;

/**
 * The cache of readers' pages ({@code timeline.page-cache.*}, README "Configuration"). On unless
 * {@code timeline.page-cache.enabled=false}, which the benchmark uses to measure the uncached path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "timeline.page-cache.enabled", matchIfMissing = true)
@EnableScheduling
class PageCacheConfiguration {

    @Bean
    CollectionVersion collectionVersion(JdbcClient jdbc) {
        return new CollectionVersion(jdbc);
    }

    @Bean
    PageCache pageCache(@Value("${timeline.page-cache.max-size:32MB}") DataSize maxSize) {
        return new PageCache(maxSize.toBytes());
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, CollectionVersion version) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, version));
        // Before Spring Security's filters: a cached page skips them (PageCacheFilter says why that is safe).
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
