package org.nkrtimeline.timeline.baseline;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkrtimeline.timeline.InvalidFilterException;
import org.nkrtimeline.timeline.TimelineCursor;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelineFilterParser;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Baseline B1 of the benchmark (docs/performance.md): the timeline page, {@code /}, as a minimal
 * servlet would serve it. The same parser and the same three SQL statements, run with plain JDBC;
 * the same HTML, written into one StringBuilder. What {@code /} takes beyond this is what Spring MVC,
 * Thymeleaf and the view models cost. GET only.
 */
class BaselineTimelineServlet extends HttpServlet {

    private final BaselineQueries queries;
    private final ResourceUrlProvider resourceUrls;
    private final SiteUrl site;
    private String stylesheet;
    private String icon;

    BaselineTimelineServlet(BaselineQueries queries, ResourceUrlProvider resourceUrls, SiteUrl site) {
        this.queries = queries;
        this.resourceUrls = resourceUrls;
        this.site = site;
    }

    /**
     * The stylesheet's and the icon's content-hashed addresses, once: Tomcat initialises the servlet
     * on its first request, after Spring MVC has set up the resource handlers that know the hash.
     */
    @Override
    public void init() throws ServletException {
        stylesheet = versioned("/css/site.css");
        icon = versioned("/css/icon.svg");
    }

    private String versioned(String path) throws ServletException {
        String address = resourceUrls.getForLookupPath(path);
        if (address == null) {
            throw new ServletException("No versioned address for " + path);
        }
        return address;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
        TimelineFilter filter;
        TimelineCursor cursor;
        try {
            filter = TimelineFilterParser.parse(params);
            cursor = TimelineFilterParser.parseCursor(params);
        } catch (InvalidFilterException e) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, "text/plain", e.getMessage() + "\n" + e.hint() + "\n");
            return;
        }
        // Redirects as the real page does, to this page's own address.
        if (!TimelineFilterParser.isCanonical(params)) {
            response.sendRedirect(here(request, cursor.link(filter)));
            return;
        }
        BaselinePage page;
        try {
            page = queries.read(filter, cursor);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        if (page.entries().isEmpty() && !cursor.isFirstPage()) {
            response.sendRedirect(here(request, filter.link("/")));
            return;
        }
        send(response, HttpServletResponse.SC_OK, "text/html", new BaselineHtml(stylesheet, icon, site).page(page, cursor.link(filter)));
    }

    /** A timeline address ("/?topic=space") on this servlet's path instead of "/". */
    private static String here(HttpServletRequest request, String timelineLink) {
        return request.getContextPath() + request.getServletPath() + timelineLink.substring(1);
    }

    private static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
