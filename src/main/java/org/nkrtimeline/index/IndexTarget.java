package org.nkrtimeline.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * An index of the articles readers may see, kept from the outbox by an {@link OutboxFollower}: this
 * instance's read index ({@link ArticleIndex}), or the OpenSearch index ({@link OpenSearchIndex}).
 * Each keeps its position with what it holds, so that a restart reads on from there.
 */
interface IndexTarget {

    /** What is there: a usable index at a position, or why there is none. */
    sealed interface Found {
        record Usable(IndexPosition position) implements Found {}

        record Unusable(String reason) implements Found {}
    }

    /** For the log: "the read index". */
    String name();

    /** For the start of a log line: "The read index". */
    default String title() {
        return Character.toUpperCase(name().charAt(0)) + name().substring(1);
    }

    /** Opens the index built from the database {@code origin}; an unusable one is to be rebuilt. */
    Found open(String origin) throws IOException;

    /** Writes the articles (replacing older versions), removes {@code removed}, and saves {@code position}. */
    void apply(List<IndexedArticle> articles, Collection<Long> removed, IndexPosition position) throws IOException;

    /**
     * Replaces everything with {@code articles} at {@code position}; until all are written, readers of
     * the index see it as it was, and a crash leaves it as it was.
     */
    void replaceAll(Iterator<IndexedArticle> articles, IndexPosition position, LongConsumer progress)
            throws IOException;

    /** For the log after a rebuild: how many articles, and its size. */
    String summary() throws IOException;
}
