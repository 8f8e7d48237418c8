package org.nkrtimeline.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Kinds of request, by path, for the filters that treat them apart (the page cache, admission): the
 * one place that knows which answers stream and which paths are the server's own.
 */
public final class RequestPaths {

    private RequestPaths() {}

    /** The request's path within the app. */
    public static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Answers written while they are read from the index or the database, up to a whole collection:
     * the exports and the articles' sitemaps. Nothing may hold them in memory.
     */
    public static boolean isStreamed(String path) {
        return path.startsWith("/export") || path.startsWith("/sitemaps/articles-");
    }

    /** Actuator and the static files: the same for everyone, and cheap. */
    public static boolean isInfrastructure(String path) {
        return path.equals("/actuator")
                || path.startsWith("/actuator/")
                || path.startsWith("/css/")
                || path.startsWith("/js/");
    }
}
