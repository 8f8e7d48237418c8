package org.nkrtimeline.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered pages by address, bounded by their total size. Every page belongs to one collection
 * version; a page of another version is never returned, and storing a page of another version empties
 * the cache first, since a change can touch any page (counts, facets, neighbours, related articles).
 * Versions are compared for equality only, so a database restored from an older backup does not leave
 * the cache stuck.
 *
 * <p>When it is full, Caffeine's W-TinyLFU policy decides what stays: a new page displaces a held one
 * only if it has been asked for more often. Nearly every address a reader asks for is new (a search, a
 * combination of filters), and with the least recently used out first those one-off pages pushed out
 * the pages read again and again, and churned the heap: 32 MB of pages, each held just long enough to
 * reach the old generation, meant a full collection of 170-200 ms every 10-14 s under the long-tail mix
 * (docs/performance.md). Now a one-off page is mostly dropped while it is young: 3 full collections
 * in 150 s of the same load.
 */
public class PageCache {

    private final long maxBytes;
    private final Cache<String, CachedPage> pages;
    private long version = Long.MIN_VALUE;
    private long hits;
    private long misses;

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String address, CachedPage page) -> page.body().length)
                // Evictions on the caller's thread, so the size is kept when put returns.
                .executor(Runnable::run)
                .build();
    }

    synchronized CachedPage get(String address, long currentVersion) {
        CachedPage page = currentVersion == version ? pages.getIfPresent(address) : null;
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
        pages.put(address, page);
    }

    public synchronized void clear() {
        pages.invalidateAll();
    }

    synchronized int size() {
        pages.cleanUp();
        return Math.toIntExact(pages.estimatedSize());
    }

    synchronized long bytes() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
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
