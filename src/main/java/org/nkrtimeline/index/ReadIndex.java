package org.nkrtimeline.index;

import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * The index the timeline's pages read: this instance's read index ({@link ArticleIndex}), or, with
 * {@code timeline.opensearch.reads} on, the OpenSearch cluster's ({@link OpenSearchReads}).
 */
public interface ReadIndex {

    /** Runs {@code work} on one reading of the index, for the whole of one page. */
    <T> T reading(Function<IndexReading, T> work);

    /** How searches' words are analysed: as the indexed text was. */
    Analyzer analyzer();

    /** Whether the index can be read: built, and (OpenSearch's) reachable when last asked. */
    boolean isReady();

    /** A number that grows whenever what pages read of the index changes (the page cache's key holds it). */
    long version();
}
