package org.nkrtimeline.api;

import java.time.Duration;
import java.util.List;
import org.nkrtimeline.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API's own security chain, ahead of the pages' (editor.SecurityConfiguration). The API is
 * public and read-only: no sign-in, no session, and so no CSRF token, which guards a session
 * against forged requests and would turn a POST into a 403 instead of the 405 that says what is
 * wrong. Any origin may read it (CORS: {@code Access-Control-Allow-Origin: *}, never with
 * credentials), and its responses may be embedded cross-origin ({@code Cross-Origin-Resource-Policy:
 * cross-origin}), where the pages stay same-origin. The other security headers are the site's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    /** How long a browser may keep a preflight's answer. */
    static final Duration PREFLIGHT_MAX_AGE = Duration.ofDays(1);

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(ApiPaths.PATTERN)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(cors()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> SecurityHeaders.configure(headers, CrossOriginResourcePolicy.CROSS_ORIGIN));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource cors() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.of(CorsConfiguration.ALL));
        config.setAllowedMethods(List.of("GET", "HEAD"));
        config.setAllowedHeaders(List.of(CorsConfiguration.ALL));
        config.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER, HttpHeaders.ALLOW));
        config.setAllowCredentials(false);
        config.setMaxAge(PREFLIGHT_MAX_AGE);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(ApiPaths.PATTERN, config);
        return source;
    }
}
