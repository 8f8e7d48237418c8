package org.nkrtimeline.monitoring;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.AccessLog;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, Tomcat's refusals of malformed requests included: method, path, the
 * names (not the values) of the query's parameters, status, bytes, milliseconds, and whether the
 * page cache answered. Nothing about the reader: no address, no search words, no cookies, no user
 * agent. With {@code logging.structured.format.console} set (docs/operations.md) each item is a
 * field of its own. Logger {@value #LOGGER}, so that it can be turned down on its own.
 */
class RequestLog extends ValveBase implements AccessLog {

    static final String LOGGER = "org.nkrtimeline.requests";
    /** Set by the page cache on the requests it answered or rendered. */
    static final String CACHE_ATTRIBUTE = "org.nkrtimeline.pagecache.result";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_PATH = 300;

    RequestLog() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
    }

    @Override
    public void log(Request request, Response response, long time) {
        if (!log.isInfoEnabled()) {
            return;
        }
        String method = request.getMethod();
        String path = pathOf(request.getRequestURI());
        String parameters = parameterNames(request.getQueryString());
        int status = response.getStatus();
        long bytes = response.getBytesWritten(false);
        long millis = TimeUnit.NANOSECONDS.toMillis(time);
        Object cache = request.getAttribute(CACHE_ATTRIBUTE);
        log.atInfo()
                .setMessage("{} {}{} {} {} B {} ms{}")
                .addArgument(method)
                .addArgument(path)
                .addArgument(parameters.isEmpty() ? "" : "?" + parameters)
                .addArgument(status)
                .addArgument(bytes)
                .addArgument(millis)
                .addArgument(cache == null ? "" : " cache " + cache)
                .addKeyValue("http.method", method)
                .addKeyValue("url.path", path)
                .addKeyValue("url.parameters", parameters)
                .addKeyValue("http.status", status)
                .addKeyValue("http.response.bytes", bytes)
                .addKeyValue("duration.ms", millis)
                .addKeyValue("cache", cache == null ? "none" : cache)
                .log();
    }

    /** "q, topic" for "?topic=a&q=b&topic=c": which parameters, never what was asked. */
    static String parameterNames(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String name = pair.split("=", 2)[0];
                // Shown only if it is a plain name: anything else is an attacker's payload, not a parameter.
                names.add(name.matches("[A-Za-z0-9_.\\-]{1,40}") ? name : "(other)");
            }
        }
        return String.join(",", names);
    }

    /**
     * The path as sent, still percent-encoded, so that it cannot carry a line break or other control
     * character into the log; cut short, as a path can be up to 8 kB long.
     */
    private static String pathOf(String requestUri) {
        if (requestUri == null) {
            return "(none)";
        }
        return requestUri.length() <= MAX_PATH ? requestUri : requestUri.substring(0, MAX_PATH) + "…";
    }

    @Override
    public void setRequestAttributesEnabled(boolean enabled) {
        // Nothing to enable: the request's own attributes are read as they are.
    }

    @Override
    public boolean getRequestAttributesEnabled() {
        return false;
    }
}
