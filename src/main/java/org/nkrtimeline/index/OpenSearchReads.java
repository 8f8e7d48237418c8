package org.nkrtimeline.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The timeline's pages read the OpenSearch index instead of a read index of this instance's own, when
 * {@code timeline.opensearch.reads} is on and {@code timeline.opensearch.url} names the cluster
 * (docs/search.md, "Pages read from OpenSearch").
 */
@Component
@ConditionalOnExpression(PagesRead.OPENSEARCH)
public class OpenSearchReads implements ReadIndex {

    /** A page's request waits this long at most: a cluster slower than that is as good as down. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final long VERSION_READ_EVERY_NANOS = 250_000_000L;

    private final OpenSearchSearches searches;
    private final ObjectMapper json;
    private final Analyzer analyzer = new ArticleAnalyzer();

    private volatile long versionReadAt = System.nanoTime() - 2 * VERSION_READ_EVERY_NANOS;
    /** -1 until a position has been read: an outbox without changes yet is at position 0. */
    private volatile long version = -1;
    /** Reads of the position begun (also the lock that {@link #readKept} is read and written under). */
    private final AtomicLong reads = new AtomicLong();
    /** The latest read begun whose answer became the version. */
    private long readKept;

    OpenSearchReads(
            ObjectMapper json,
            @Value("${timeline.opensearch.url}") String url,
            @Value("${timeline.opensearch.username:}") String username,
            @Value("${timeline.opensearch.password:}") String password,
            @Value("${timeline.opensearch.index:timeline-articles}") String alias) {
        this.searches =
                new OpenSearchSearches(OpenSearchIndex.client(url, username, password, READ_TIMEOUT), alias, json);
        this.json = json;
    }

    @Override
    public <T> T reading(Function<IndexReading, T> work) {
        return work.apply(new OpenSearchReading(searches, json, this::wholeCollection));
    }

    /** Built: the index behind the alias holds a position (read with {@link #version}). */
    @Override
    public boolean isReady() {
        return version() >= 0;
    }

    /** The whole collection's counts and the version they were read at. */
    private record Whole(long version, OpenSearchCounts.Counted counted) {}

    private volatile Whole whole;

    /**
     * The whole collection's counts (every page's overview and the facets' totals), read once per
     * version of the index rather than by every page: at 100,000 articles they were the dearest
     * request of a page. Read under the version seen before reading, so a change made meanwhile
     * has them read again.
     */
    private OpenSearchCounts.Counted wholeCollection(Supplier<OpenSearchCounts.Counted> read) {
        long current = version();
        Whole known = whole;
        if (known != null && known.version() == current) {
            return known.counted();
        }
        OpenSearchCounts.Counted counted = read.get();
        whole = new Whole(current, counted);
        return counted;
    }

    @Override
    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The outbox position the OpenSearch index holds every change up to, searchable (the writer saves
     * it after its changes are refreshed), read again at most every 250 ms; what was last read while
     * the cluster cannot answer.
     */
    @Override
    public long version() {
        if (System.nanoTime() - versionReadAt > VERSION_READ_EVERY_NANOS) {
            readPosition();
        }
        return version;
    }

    /**
     * Waits until the index holds every change up to {@code seq}, searchable (reading its position
     * every 20 ms), for at most {@code within}; whether it got there.
     */
    boolean awaitPosition(long seq, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (readPosition() < seq) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private long readPosition() {
        versionReadAt = System.nanoTime();
        long read = reads.incrementAndGet();
        try {
            long position = searches.position();
            synchronized (reads) {
                // Reads overlap (pages', and a request awaiting its change): one begun before the
                // last kept may have seen an older position, and must not take the version back.
                if (read > readKept) {
                    readKept = read;
                    version = position;
                }
            }
        } catch (RuntimeException e) {
            // The pages will say that the cluster cannot answer; the version stays as it was.
        }
        return version;
    }
}
