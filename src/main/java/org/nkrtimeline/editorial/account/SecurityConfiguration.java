package org.nkrtimeline.editorial.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.nkrtimeline.database.DatabaseUnavailable;
import org.nkrtimeline.feed.FeedLinks;
import org.nkrtimeline.web.EditorRole;
import org.nkrtimeline.web.SecurityHeaders;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;

/**
 * Public pages stay public and read-only; everything under {@code /editor} needs a signed-in editor.
 * Every state-changing request needs the CSRF token of a form this site rendered, public or not: a
 * POST without one is refused before it reaches any controller. Signing in changes the session id
 * (no session fixation); signing out invalidates the session and deletes its cookie. The cookie is
 * HttpOnly and SameSite=Lax, and Secure whenever the request came over HTTPS (Tomcat decides, behind
 * a proxy from X-Forwarded-Proto: {@code server.forward-headers-strategy}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String SIGN_IN = "/editor/sign-in";
    static final String SIGN_OUT = "/editor/sign-out";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Passwords are checked by the one AuthenticationProvider bean, ThrottledAuthenticationProvider,
        // which Spring Security makes the global one. Adding it here as well would ask it twice per
        // sign-in (here, then the global manager after a failure) and count each failure twice.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(SIGN_IN)
                        .permitAll()
                        .requestMatchers("/editor", "/editor/**")
                        .hasRole(EditorRole.NAME)
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .defaultSuccessUrl("/editor", false)
                        .failureHandler((request, response, exception) -> {
                            if (DatabaseUnavailable.isCause(exception)) {
                                // Not "wrong password": database.DatabaseUnavailableFilter answers 503.
                                throw new ServletException(exception);
                            }
                            response.sendRedirect(request.getContextPath() + SIGN_IN + "?error="
                                    + (exception instanceof LockedException ? "locked" : "credentials"));
                        }))
                .logout(logout -> logout.logoutUrl(SIGN_OUT)
                        .logoutSuccessUrl(SIGN_IN + "?signed-out")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies("JSESSIONID"))
                // The feed and the exports answer GET alone and change nothing: a POST there is told 405
                // (wrong method) rather than 403 (no token), as no token could make it work.
                .csrf(csrf -> csrf.ignoringRequestMatchers(FeedLinks.ATOM, FeedLinks.CSV, FeedLinks.TIMELINE_JS))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfiguration::securityHeaders)
                .exceptionHandling(errors -> errors.accessDeniedHandler(refused()));
        return http.build();
    }

    /**
     * Actuator, ahead of the pages' chain. Health (with liveness and readiness) is public, for load
     * balancers and orchestrators, and says only UP or DOWN. Everything else exposed (info, metrics,
     * the Prometheus scrape) needs an editor: a signed-in browser session, or HTTP Basic for a
     * scraper. No session is made for a refused request, and a Basic sign-in keeps none.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .hasRole(EditorRole.NAME))
                .httpBasic(Customizer.withDefaults())
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /** The site's security headers (web.SecurityHeaders); the page cache replays them with each cached page. */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        SecurityHeaders.configure(headers, CrossOriginResourcePolicy.SAME_ORIGIN);
    }

    /** A refused request (no valid CSRF token, or an upload too large to read) gets a page that says why. */
    private static AccessDeniedHandler refused() {
        return (request, response, denied) -> {
            if (UploadTooLarge.isCause(request)) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }
}
