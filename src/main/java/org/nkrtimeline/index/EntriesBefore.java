package org.nkrtimeline.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the timeline's entries among the matches that come before a page's first entry, where a
 * query cannot say which those are or what an entry is:
 * <ul>
 *   <li>in relevance order the matches before an article are those with a higher score, or the same
 *       score and a smaller id: a position in an order by score cannot be a query, as one by date can
 *       (then the query already holds only the matches before, and every match counts);
 *   <li>grouped by event, an event's reports are one entry: the count is the matches without an event
 *       and the distinct events of the others.
 * </ul>
 */
final class EntriesBefore implements CollectorManager<EntriesBefore.Counter, Long> {

    private final Float score;
    private final long id;
    private final boolean grouped;

    private EntriesBefore(Float score, long id, boolean grouped) {
        this.score = score;
        this.id = id;
        this.grouped = grouped;
    }

    /**
     * Every match of the query is before, as it was restricted to them (date order), and an event's
     * reports are one entry. (One entry per article, a count of the query needs no pass of its own.)
     */
    static EntriesBefore groupedByEvent() {
        return new EntriesBefore(null, 0, true);
    }

    /** The matches ranked above the article {@code id}, whose score is {@code score}. */
    static EntriesBefore rankedAbove(float score, long id, boolean grouped) {
        return new EntriesBefore(score, id, grouped);
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Long reduce(Collection<Counter> counters) {
        Set<Long> events = new HashSet<>();
        long alone = 0;
        for (Counter counter : counters) {
            events.addAll(counter.events);
            alone += counter.alone;
        }
        return alone + events.size();
    }

    final class Counter extends SimpleCollector {

        private Scorable scorer;
        private NumericDocValues ids;
        private NumericDocValues leafEvents;

        private long alone;
        private final Set<Long> events = new HashSet<>();

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = score == null ? null : DocValues.getNumeric(context.reader(), Fields.ID);
            leafEvents = grouped ? DocValues.getNumeric(context.reader(), Fields.EVENT) : null;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (score != null) {
                float own = scorer.score();
                if (own < score || (own == score && !(ids.advanceExact(doc) && ids.longValue() < id))) {
                    return;
                }
            }
            if (grouped && leafEvents.advanceExact(doc)) {
                events.add(leafEvents.longValue());
            } else {
                alone++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return score == null ? ScoreMode.COMPLETE_NO_SCORES : ScoreMode.COMPLETE;
        }
    }
}
