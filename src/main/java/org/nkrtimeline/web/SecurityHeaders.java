package org.nkrtimeline.web;

import jakarta.servlet.http.HttpServletResponse;

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

    /** Links to other sites tell them nothing about what a reader was reading. */
    public static final String REFERRER_POLICY = "same-origin";

    public static final String CROSS_ORIGIN_RESOURCE_POLICY = "same-origin";

    /** A year, with subdomains; sent only over HTTPS, as browsers ignore it otherwise. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

    private SecurityHeaders() {
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
