package org.nkrtimeline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store itself: bounded by bytes, pages read again kept before pages asked for once, one collection
 * version at a time, and a page kept only once its address has been asked for often enough.
 */
class PageCacheStoreTest {

    private static CachedPage page(int bytes, long version) {
        return new CachedPage(new byte[bytes], List.of(), Locale.ENGLISH, "\"x\"", version, Instant.EPOCH);
    }

    @Test
    void pagesAskedForOnceDoNotPushOutAPageReadAgain() {
        PageCache cache = new PageCache(1000, 1);
        for (int earlier = 0; earlier < 6; earlier++) {
            cache.put("/earlier-" + earlier, page(100, 1));
        }
        cache.put("/read-again", page(100, 1));
        for (int read = 0; read < 5; read++) {
            assertThat(cache.get("/read-again", 1)).isNotNull();
        }

        for (int once = 0; once < 50; once++) {
            cache.put("/once-" + once, page(100, 1));
        }

        assertThat(cache.get("/read-again", 1))
                .as("outlasts 50 pages asked for once")
                .isNotNull();
        assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
        assertThat(cache.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void aPageLargerThanTheWholeCacheIsNotKept() {
        PageCache cache = new PageCache(300, 1);
        cache.put("/a", page(100, 1));

        cache.put("/huge", page(301, 1));

        assertThat(cache.get("/huge", 1)).isNull();
        assertThat(cache.get("/a", 1)).isNotNull();
    }

    @Test
    void pagesOfAnotherVersionAreNeverReturnedAndANewVersionStartsAfresh() {
        PageCache cache = new PageCache(1000, 1);
        cache.put("/a", page(100, 1));

        assertThat(cache.get("/a", 2)).isNull();
        cache.put("/b", page(100, 2));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("/a", 1)).as("dropped with its version").isNull();
        assertThat(cache.get("/b", 2)).isNotNull();
    }

    @Test
    void replacingAPageCountsOnlyItsNewSize() {
        PageCache cache = new PageCache(250, 1);
        cache.put("/a", page(100, 1));
        cache.put("/a", page(100, 1));

        cache.put("/b", page(100, 1));

        assertThat(cache.get("/a", 1)).isNotNull();
        assertThat(cache.get("/b", 1)).isNotNull();
    }

    @Test
    void aPageIsKeptOnlyOnceItsAddressHasBeenAskedForMinUsesTimes() {
        PageCache cache = new PageCache(1000, 2);

        assertThat(cache.get("/?q=once", 1)).isNull();
        cache.put("/?q=once", page(100, 1));
        assertThat(cache.size()).as("asked for once: rendered, not kept").isZero();

        assertThat(cache.get("/?q=once", 1)).isNull();
        cache.put("/?q=once", page(100, 1));
        assertThat(cache.get("/?q=once", 1)).as("asked for twice: kept").isNotNull();
    }

    @Test
    void aPageOfANewVersionEmptiesTheCacheEvenWhenItIsNotKept() {
        PageCache cache = new PageCache(1000, 2);
        cache.get("/a", 1);
        cache.get("/a", 1);
        cache.put("/a", page(100, 1));

        cache.get("/new", 2);
        cache.put("/new", page(100, 2));

        assertThat(cache.size()).as("the pages of version 1 are not held on to").isZero();
    }

    /** Counts stop at 15, so a larger minimum would never be reached and nothing would ever be kept. */
    @ParameterizedTest
    @ValueSource(ints = {0, 16})
    void aMinimumOfUsesTheCountsCannotReachIsRefusedAtStart(int minUses) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PageCache(1000, minUses))
                .withMessageContaining("timeline.page-cache.min-uses must be 1 to 15");
    }
}
