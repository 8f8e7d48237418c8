package org.nkrtimeline.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Errors of API requests that reach the servlet container's error dispatch (a filter's 503 in a
 * database outage, an address Tomcat cannot decode, anything unexpected): problem details instead
 * of the site's HTML error page, which the error controller would otherwise render.
 */
class ApiErrorFilter extends HttpFilter {

    private final ApiProblems problems;

    ApiErrorFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ApiPaths.failedRequestIsApi(request) || response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problems.write(response, ApiProblems.of(status, ApiProblems.detailFor(status), uri));
    }
}
