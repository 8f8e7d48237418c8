package org.nkrtimeline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves {@code /js/**} from {@code static/js} as Spring Boot serves {@code /css/**} (one
 * static-path-pattern only): content-hashed URLs ({@code @{/js/shortcuts.js}} is written as
 * {@code /js/shortcuts-<md5>.js}) and the same year-long Cache-Control, both from
 * {@code spring.web.resources.*}. Only where there are web pages: the command-line import and
 * add-editor run without a web server, and without its properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ScriptFiles implements WebMvcConfigurer {

    private final WebProperties.Resources resources;

    ScriptFiles(WebProperties web) {
        this.resources = web.getResources();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        WebProperties.Resources.Chain.Strategy.Content content =
                resources.getChain().getStrategy().getContent();
        var chain = registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(resources.getCache().getCachecontrol().toHttpCacheControl())
                .resourceChain(resources.getChain().isCache());
        if (content.isEnabled()) {
            chain.addResolver(new VersionResourceResolver().addContentVersionStrategy(content.getPaths()));
        }
    }
}
