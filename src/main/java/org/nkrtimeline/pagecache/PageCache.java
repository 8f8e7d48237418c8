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
 * (docs/performance.md). With W-TinyLFU a one-off page was mostly dropped while it was young, but not
 * always: at 16 connections a full collection of about 200 ms still came every 45 s, and none with
 * the cache off. So a page is not even offered to the cache until its address has been asked for
 * {@code minUses} times lately ({@link RequestCounts}; 2 by default, as nginx's {@code
 * proxy_cache_min_uses}): a page is rendered twice and served from the cache from its third request.
 */
public class PageCache {

    /** Addresses remembered for their number of requests: 512 KB, some minutes of new addresses. */
    private static final int REMEMBERED_ADDRESSES = 1 << 16;

    private final long maxBytes;
    private final int minUses;
    private final RequestCounts requests = new RequestCounts(REMEMBERED_ADDRESSES);
    private final Cache<String, CachedPage> pages;
    private long version = Long.MIN_VALUE;
    private long hits;
    private long misses;

    /** @param minUses how many requests an address must have had lately before its page is kept */
    PageCache(long maxBytes, int minUses) {
        if (minUses < 1 || minUses > RequestCounts.MAX_COUNT) {
            throw new IllegalArgumentException(
                    "timeline.page-cache.min-uses must be 1 to " + RequestCounts.MAX_COUNT + ", not " + minUses);
        }
        this.maxBytes = maxBytes;
        this.minUses = minUses;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String address, CachedPage page) -> page.body().length)
                // Evictions on the caller's thread, so the size is kept when put returns.
                .executor(Runnable::run)
                .build();
    }

    /** The page if held; either way, counts a request for the address. */
    synchronized CachedPage get(String address, long currentVersion) {
        requests.count(address);
        CachedPage page = currentVersion == version ? pages.getIfPresent(address) : null;
        if (page == null) {
            misses++;
        } else {
            hits++;
        }
        return page;
    }

    /** Keeps the page if its address has been asked for often enough lately, and it fits. */
    synchronized void put(String address, CachedPage page) {
        if (page.version() != version) {
            clear();
            version = page.version();
        }
        if (page.body().length <= maxBytes && (minUses == 1 || requests.countOf(address) >= minUses)) {
            pages.put(address, page);
        }
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
