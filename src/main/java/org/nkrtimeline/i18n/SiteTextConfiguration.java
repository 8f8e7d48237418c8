package org.nkrtimeline.i18n;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The site's text in its configured locale (spring.web.locale, which the fixed locale resolver
 * gives every request), as a bean that Java code and templates ({@code @siteText}) share.
 */
@Configuration(proxyBeanMethods = false)
class SiteTextConfiguration {

    @Bean
    SiteText siteText(MessageSource messageSource, @Value("${spring.web.locale:en}") String locale) {
        return new SiteText(messageSource, StringUtils.parseLocale(locale));
    }
}
