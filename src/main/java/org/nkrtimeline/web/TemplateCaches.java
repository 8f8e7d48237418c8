package org.nkrtimeline.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room in Thymeleaf's caches for every template and expression the site has. Thymeleaf keeps 500
 * parsed expressions by default; the templates hold more than 700 distinct {@code ${…}} alone, so
 * the cache evicted and parsed again on every page, and each expression parsed again was compiled
 * to a new class by SpEL's compiler ({@code spring.thymeleaf.enable-spring-el-compiler}): about 80
 * classes a second under load, which the JIT then compiled in turn (docs/performance.md).
 *
 * <p>The cache is keyed by an expression's text, so the same text in two templates is one compiled
 * expression, made for the types it first met; given another type it fails, falls back to
 * interpreting, and is compiled again after a hundred more uses. So the same text must always read
 * the same type: the filter form's facets are one record ({@code FacetChoice}), and the article and
 * event pages name their models {@code articlePage} and {@code eventPage}, and their topics, the
 * coverage strip's marks and the timeline's event entries have names of their own, not the shared
 * {@code page}, {@code topic}, {@code tick} or {@code event}.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

    /** Far above what the templates hold, so that the caches only ever grow to their size. */
    private static final int EXPRESSIONS = 20_000;

    private static final int TEMPLATES = 2_000;

    @Bean
    static BeanPostProcessor templateCacheSizes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(EXPRESSIONS);
                    caches.setTemplateCacheMaxSize(TEMPLATES);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
