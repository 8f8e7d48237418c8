package org.nkrtimeline.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response, in one place: Spring Security writes them for
 * everything that reaches the application ({@code editor.SecurityConfiguration}), and
 * {@link SiteErrorReportValve} for the requests Tomcat refuses before that.
 */
public final class SecurityHeaders {

    /**
     * Everything from this site only, nothing inline (no page has an inline script or style), no
     * plugins, no {@code <base>}, no framing, forms only to this site.
     */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /**
     * The same for the pages other sites may frame (embed.EmbedSecurityConfiguration), and only those:
     * any site may frame them.
     */
    public static final String EMBED_CONTENT_SECURITY_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *; form-action 'self'";

    /** Links to other sites tell them nothing about what a reader was reading. */
    public static final String REFERRER_POLICY = "same-origin";

    public static final String CROSS_ORIGIN_RESOURCE_POLICY = "same-origin";

    private static final int HSTS_MAX_AGE_SECONDS = 31_536_000;

    /** A year, with subdomains; sent only over HTTPS, as browsers ignore it otherwise. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=" + HSTS_MAX_AGE_SECONDS + " ; includeSubDomains";

    private SecurityHeaders() {}

    /**
     * The same headers for a Spring Security chain, on top of its defaults (nosniff, X-Frame-Options,
     * no-store): pages are same-origin resources, the public API may be read from anywhere.
     */
    public static void configure(HeadersConfigurer<HttpSecurity> headers, CrossOriginResourcePolicy resourcePolicy) {
        configure(headers, resourcePolicy, CONTENT_SECURITY_POLICY);
    }

    /** {@link #configure(HeadersConfigurer, CrossOriginResourcePolicy)} with another Content-Security-Policy. */
    public static void configure(
            HeadersConfigurer<HttpSecurity> headers, CrossOriginResourcePolicy resourcePolicy, String contentPolicy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(REFERRER_POLICY)))
                .crossOriginResourcePolicy(corp -> corp.policy(resourcePolicy))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
    }

    /** For responses that Spring Security never sees. */
    static void addTo(HttpServletResponse response, boolean secure) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Cross-Origin-Resource-Policy", CROSS_ORIGIN_RESOURCE_POLICY);
        if (secure) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
