package org.nkrtimeline.timeline;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.nkrtimeline.index.Fields;

/**
 * Counts the matches that come before an article in relevance order (a higher score, or the same
 * score and a smaller id): a position in an order by score cannot be a query, as one by date can.
 */
final class RankedBefore implements CollectorManager<RankedBefore.Counter, Long> {

    private final float score;
    private final long id;

    RankedBefore(float score, long id) {
        this.score = score;
        this.id = id;
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Long reduce(Collection<Counter> counters) {
        return counters.stream().mapToLong(counter -> counter.count).sum();
    }

    final class Counter extends SimpleCollector {

        private Scorable scorer;
        private NumericDocValues ids;
        private long count;

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = DocValues.getNumeric(context.reader(), Fields.ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            float own = scorer.score();
            if (own > score || (own == score && ids.advanceExact(doc) && ids.longValue() < id)) {
                count++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
