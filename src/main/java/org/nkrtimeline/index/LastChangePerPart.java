package org.nkrtimeline.index;

import java.io.IOException;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The last change of the matches in each part of consecutive ids (part {@code (id - 1) / idsPerPart + 1}),
 * from doc values in one pass: a maximum per group is no query, and facet counts only count.
 */
final class LastChangePerPart implements CollectorManager<LastChangePerPart.Collector, SortedMap<Long, Long>> {

    private final int idsPerPart;

    LastChangePerPart(int idsPerPart) {
        this.idsPerPart = idsPerPart;
    }

    @Override
    public Collector newCollector() {
        return new Collector();
    }

    /** Part number to its last change, in microseconds since the epoch. */
    @Override
    public SortedMap<Long, Long> reduce(Collection<Collector> collectors) {
        SortedMap<Long, Long> parts = new TreeMap<>();
        collectors.forEach(
                collector -> collector.parts.forEach((part, changed) -> parts.merge(part, changed, Math::max)));
        return parts;
    }

    final class Collector extends SimpleCollector {

        private final SortedMap<Long, Long> parts = new TreeMap<>();
        private NumericDocValues ids;
        private NumericDocValues changes;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = DocValues.getNumeric(context.reader(), Fields.ID);
            changes = DocValues.getNumeric(context.reader(), Fields.LAST_CHANGED);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (ids.advanceExact(doc) && changes.advanceExact(doc)) {
                parts.merge((ids.longValue() - 1) / idsPerPart + 1, changes.longValue(), Math::max);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
