package org.nkrtimeline.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which requests are the API's: everything under {@code /api}, whose errors are problem details, not pages. */
final class ApiPaths {

    static final String PATTERN = "/api/**";

    private ApiPaths() {}

    static boolean isApi(HttpServletRequest request) {
        return isApi(request.getRequestURI(), request.getContextPath());
    }

    /** For an error dispatch: whether the request that failed was the API's. */
    static boolean failedRequestIsApi(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && isApi(uri, request.getContextPath());
    }

    private static boolean isApi(String uri, String contextPath) {
        String path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        return path.equals("/api") || path.startsWith("/api/");
    }
}
