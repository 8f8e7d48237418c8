package org.nkrtimeline.pagecache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered pages by address, least recently used out first, bounded by their total size. Every page
 * belongs to one collection version; a page of another version is never returned, and storing a
 * page of another version empties the cache first, since a change can touch any page (counts,
 * facets, neighbours, related articles). Versions are compared for equality only, so a database
 * restored from an older backup does not leave the cache stuck.
 */
public class PageCache {

    private final long maxBytes;
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long version = Long.MIN_VALUE;
    private long hits;
    private long misses;

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized CachedPage get(String address, long currentVersion) {
        CachedPage page = currentVersion == version ? pages.get(address) : null;
        if (page == null) {
            misses++;
        } else {
            hits++;
        }
        return page;
    }

    synchronized void put(String address, CachedPage page) {
        if (page.body().length > maxBytes) {
            return;
        }
        if (page.version() != version) {
            clear();
            version = page.version();
        }
        CachedPage previous = pages.put(address, page);
        bytes += page.body().length - (previous == null ? 0 : previous.body().length);
        for (Iterator<Map.Entry<String, CachedPage>> oldest = pages.entrySet().iterator(); bytes > maxBytes; ) {
            bytes -= oldest.next().getValue().body().length;
            oldest.remove();
        }
    }

    public synchronized void clear() {
        pages.clear();
        bytes = 0;
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /** Requests answered from the cache, since the start. */
    synchronized long hits() {
        return hits;
    }

    /** Requests for readers' pages the cache did not have, since the start. */
    synchronized long misses() {
        return misses;
    }
}
