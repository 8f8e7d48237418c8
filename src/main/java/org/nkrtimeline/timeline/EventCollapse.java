package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.nkrtimeline.index.Fields;
import org.nkrtimeline.index.IndexReading;

/**
 * A page of the timeline grouped by event (docs/events.md, "The timeline grouped by event"): the
 * matches in the page's order, where an event's matching reports are one entry, standing where its
 * first matching report stands in the timeline's order (by relevance, its best report). The page
 * reads the matches after its cursor a batch at a time, and for the events met in a batch every
 * matching report (a count and a search), so it knows which hit is an event's first: a hit is an entry
 * when it reports no event or is its event's first report. The cursor stays an article (an entry's
 * first report), so a deep page costs what the first does, and paging either way meets each entry
 * once even where an event's reports span pages.
 */
final class EventCollapse {

    /** Reports listed under an event's entry, in timeline order; its page lists them all. */
    static final int REPORTS_LISTED = 10;

    /** An event's reports a page reads at most, to find each event's first. */
    private static final int REPORTS_READ = 10_000;

    /** The value of {@link Fields#EVENT} for an article that reports no event (events' ids are positive). */
    static final long NO_EVENT = 0;

    private EventCollapse() {}

    /**
     * @param entries the hits shown, in the order read (reversed when paging backwards)
     * @param events  for each entry, the id of the event it stands for; {@link #NO_EVENT} for an article
     *                on its own
     * @param reports per event, its first {@link #REPORTS_LISTED} matching reports in timeline order
     * @param matchingReports per event, how many of its reports match
     */
    record Collapsed(
            List<ScoreDoc> entries,
            List<Long> events,
            Map<Long, List<ScoreDoc>> reports,
            Map<Long, Integer> matchingReports) {}

    static Collapsed read(IndexReading reading, TimelineQuery query, FieldDoc after, boolean backwards, int limit) {
        Sort sort = query.sort(backwards);
        int batch = Math.max(2 * limit, 20);
        List<ScoreDoc> entries = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        Map<Long, Integer> firstReport = new HashMap<>();
        Map<Long, List<ScoreDoc>> reports = new HashMap<>();
        Map<Long, Integer> matchingReports = new HashMap<>();
        FieldDoc position = after;
        while (entries.size() < limit) {
            ScoreDoc[] hits = reading.search(query.matching(), batch, sort, position).scoreDocs;
            if (hits.length == 0) {
                break;
            }
            long[] ids = reading.numbers(hits, Fields.EVENT, NO_EVENT);
            Set<Long> met = new LinkedHashSet<>();
            for (long id : ids) {
                if (id != NO_EVENT && !firstReport.containsKey(id)) {
                    met.add(id);
                }
            }
            if (!met.isEmpty()) {
                readReports(reading, query, met, firstReport, reports, matchingReports);
            }
            for (int i = 0; i < hits.length && entries.size() < limit; i++) {
                int doc = hits[i].doc;
                // (An event with more reports than a page reads has its first hit taken as its first.)
                if (ids[i] == NO_EVENT || firstReport.computeIfAbsent(ids[i], id -> doc) == doc) {
                    entries.add(hits[i]);
                    events.add(ids[i]);
                }
            }
            if (hits.length < batch) {
                break;
            }
            position = (FieldDoc) hits[hits.length - 1];
        }
        return new Collapsed(entries, events, reports, matchingReports);
    }

    /** Every matching report of the events {@code met}, in the timeline's order (forwards). */
    private static void readReports(
            IndexReading reading,
            TimelineQuery query,
            Set<Long> met,
            Map<Long, Integer> firstReport,
            Map<Long, List<ScoreDoc>> reports,
            Map<Long, Integer> matchingReports) {
        Query ofTheseEvents = new BooleanQuery.Builder()
                .add(query.matching(), Occur.MUST)
                .add(
                        new TermInSetQuery(
                                Fields.EVENT,
                                met.stream().map(Fields::eventTerm).toList()),
                        Occur.FILTER)
                .build();
        int count = Math.min(REPORTS_READ, reading.count(ofTheseEvents));
        ScoreDoc[] found = reading.search(ofTheseEvents, Math.max(1, count), query.sort(false), null).scoreDocs;
        long[] ids = reading.numbers(found, Fields.EVENT, NO_EVENT);
        for (int i = 0; i < found.length; i++) {
            firstReport.putIfAbsent(ids[i], found[i].doc);
            matchingReports.merge(ids[i], 1, Integer::sum);
            List<ScoreDoc> listed = reports.computeIfAbsent(ids[i], id -> new ArrayList<>());
            if (listed.size() < REPORTS_LISTED) {
                listed.add(found[i]);
            }
        }
    }
}
