package org.nkrtimeline.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's public address, for the absolute URLs that feeds, sitemaps and link previews need.
 *
 * <p>It comes from configuration ({@code timeline.site-url}), never from the request's Host header:
 * pages are cached by path alone (pagecache), so a URL built from one request's Host would be served
 * to every later reader, and a forged Host would poison the cache.
 */
@Component
public class SiteUrl {

    private final String base;

    public SiteUrl(@Value("${timeline.site-url:http://localhost:8080}") String configured) {
        this.base = normalise(configured);
    }

    /** The absolute URL of a path of this site, such as "/articles/x" or "/?topic=space". */
    public String absolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A site path starts with /: " + path);
        }
        return base + path;
    }

    /** The site's own address, without a trailing slash. */
    public String base() {
        return base;
    }

    static String normalise(String configured) {
        String trimmed = configured.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(problem(configured));
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem(configured), e);
        }
        return trimmed;
    }

    private static String problem(String configured) {
        return "timeline.site-url (TIMELINE_SITE_URL) must be the site's http or https address, such as"
                + " https://timeline.example.org, without a query: got '" + configured + "'";
    }
}
