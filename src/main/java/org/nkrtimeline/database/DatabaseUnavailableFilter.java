package org.nkrtimeline.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because PostgreSQL is unreachable, or because no pooled connection came free
 * within the pool's timeout, gets the styled 503 page with a Retry-After, not a 500: browsers,
 * crawlers and load balancers then know to come back. Wherever the failure arose (a controller, a
 * filter, a view), it passes through here. One warning line is logged, not a stack trace: the cause
 * is outside the application.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** About how long a PostgreSQL restart takes. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            // Either PostgreSQL is unreachable or, under a load the pool cannot serve within its
            // timeout, every connection stayed busy; Hikari's message (total, active, waiting) tells which.
            log.warn(
                    "No database connection for {} {}, answered 503: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(failure));
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
