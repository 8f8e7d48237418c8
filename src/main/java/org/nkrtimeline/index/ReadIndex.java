package org.nkrtimeline.index;

import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * The index the timeline's pages read: this instance's read index ({@link ArticleIndex}), or, with
 * {@code timeline.opensearch.reads} on, the OpenSearch cluster's ({@link OpenSearchReads}), which
 * every instance then shares ({@link PagesRead}).
 */
public interface ReadIndex {

    /** Runs {@code work} on one reading of the index, for the whole of one page. */
    <T> T reading(Function<IndexReading, T> work);

    /** How searches' words are analysed: as the indexed text was. */
    Analyzer analyzer();

    /** Whether the index can serve pages: built (OpenSearch's: built when its position was last read). */
    boolean isReady();

    /** A number that grows whenever what pages read of the index changes (the page cache's key holds it). */
    long version();
}
