package org.nkrtimeline.pagecache;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reader's page as rendered: its bytes, the headers it was sent with (security headers, type,
 * language), and a strong validator of exactly those bytes.
 *
 * @param locale  the page's language (the servlet container keeps it apart from the other headers); null
 *                for what has none, such as JSON
 * @param version the collection version it was rendered from
 */
record CachedPage(
        byte[] body,
        List<Map.Entry<String, String>> headers,
        Locale locale,
        String etag,
        long version,
        Instant lastModified) {}
