package org.nkrtimeline.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Text written into the site's URLs, encoded the same way in every link. Everything but ASCII letters,
 * digits and {@code . - * _} is percent-encoded (UTF-8), so no value can end or split a path segment or
 * a parameter. Not Spring's {@code UriUtils}: it leaves sub-delimiters such as {@code '} {@code (}
 * {@code +} as they are and writes a space in a query value as {@code %20}, and the links readers have
 * already shared and bookmarked use the form encoding below ({@code ?q=mutual+defense}).
 */
public final class UrlParts {

    private UrlParts() {}

    /** A query parameter's value, form-encoded as a browser sends the search form: a space is {@code +}. */
    public static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment: a space is {@code %20}, as {@code +} in a path is a plus sign. */
    public static String pathSegment(String value) {
        // The form encoding has already written every literal "+" as %2B, so each "+" left is a space.
        return queryValue(value).replace("+", "%20");
    }
}
