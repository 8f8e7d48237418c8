package org.nkrtimeline.embed;

import org.nkrtimeline.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;

/**
 * The embeds' and oEmbed's own security chain, ahead of the pages': any site may frame them
 * ({@code frame-ancestors *}, no X-Frame-Options) and load them cross-origin, while every other page
 * keeps {@code frame-ancestors 'none'}. Read-only and public: no sign-in, no session, so no cookie
 * and no CSRF token (a POST is told 405). The other security headers are the site's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EmbedSecurityConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain embedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EmbedController.PATH, EmbedController.PATH + "/**", "/oembed")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> {
                    SecurityHeaders.configure(
                            headers,
                            CrossOriginResourcePolicy.CROSS_ORIGIN,
                            SecurityHeaders.EMBED_CONTENT_SECURITY_POLICY);
                    headers.frameOptions(frame -> frame.disable());
                });
        return http.build();
    }
}
