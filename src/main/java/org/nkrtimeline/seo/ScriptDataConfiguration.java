package org.nkrtimeline.seo;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.standard.StandardDialect;

/**
 * Gives Thymeleaf's standard dialect the {@link ScriptDataSerializer} before the template engine
 * first runs (its configuration is fixed then), so JSON-LD is inlined safely with no
 * {@code th:utext} anywhere.
 */
@Configuration(proxyBeanMethods = false)
class ScriptDataConfiguration {

    @Bean
    static BeanPostProcessor scriptDataSerializerInstaller() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine) {
                    engine.getDialects().stream()
                            .filter(StandardDialect.class::isInstance)
                            .map(StandardDialect.class::cast)
                            .forEach(dialect -> dialect.setJavaScriptSerializer(new ScriptDataSerializer()));
                }
                return bean;
            }
        };
    }
}
