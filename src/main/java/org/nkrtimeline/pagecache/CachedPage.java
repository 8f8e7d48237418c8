package org.nkrtimeline.pagecache;

import java.time.Instant;

/**
 * A reader's page as rendered: its bytes, their type, and a strong validator of exactly those bytes.
 *
 * @param version the collection version it was rendered from
 */
record CachedPage(byte[] body, String contentType, String etag, long version, Instant lastModified) {
}
