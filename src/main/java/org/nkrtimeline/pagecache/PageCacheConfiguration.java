package org.nkrtimeline.pagecache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.nkrtimeline.index.ReadIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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
    CollectionVersion collectionVersion(JdbcClient jdbc, ReadIndex pages) {
        return new CollectionVersion(jdbc, pages);
    }

    @Bean
    PageCache pageCache(
            @Value("${timeline.page-cache.max-size:32MB}") DataSize maxSize,
            @Value("${timeline.page-cache.min-uses:2}") int minUses) {
        return new PageCache(maxSize.toBytes(), minUses);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, CollectionVersion version) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, version));
        // First of all filters: a cached page skips Spring Security's (PageCacheFilter says why that
        // is safe) and the request observation's, which would cost about a third of the cached
        // throughput (docs/performance.md). Cached requests are counted by the meters below instead.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** The cache's own meters, as http.server.requests only sees the requests it did not answer. */
    @Bean
    MeterBinder pageCacheMeters(PageCache cache) {
        return registry -> {
            FunctionCounter.builder("timeline.page.cache.requests", cache, PageCache::hits)
                    .tag("result", "hit")
                    .description("Readers' page requests answered from the cache")
                    .register(registry);
            FunctionCounter.builder("timeline.page.cache.requests", cache, PageCache::misses)
                    .tag("result", "miss")
                    .description("Readers' page requests rendered, as the cache did not have them")
                    .register(registry);
            Gauge.builder("timeline.page.cache.size", cache, PageCache::bytes)
                    .baseUnit("bytes")
                    .description("Bytes of pages held")
                    .register(registry);
            Gauge.builder("timeline.page.cache.pages", cache, PageCache::size)
                    .description("Pages held")
                    .register(registry);
        };
    }
}
