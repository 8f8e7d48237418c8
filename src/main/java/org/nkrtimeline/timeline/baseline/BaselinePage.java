package org.nkrtimeline.timeline.baseline;

import java.util.List;
import java.util.Map;
import org.nkrtimeline.article.ArticleDates;
import org.nkrtimeline.entity.EntityKind;
import org.nkrtimeline.overview.OverviewDay;
import org.nkrtimeline.search.Highlighted;
import org.nkrtimeline.timeline.TimelineFilter;

/**
 * The rows of a timeline page's three statements, as read, for {@link BaselineHtml} to write.
 *
 * @param filter          the reader's filter without the topics and entities that name nothing
 * @param unknownTopics   the topic slugs that name nothing
 * @param unknownEntities the entity slugs that name nothing
 * @param entities        the entity facets by kind, people first
 * @param entries         the page's articles in timeline order
 */
record BaselinePage(TimelineFilter filter, List<String> unknownTopics,
                    List<String> unknownEntities, List<Facet> topics, Map<EntityKind, List<Facet>> entities,
                    List<Entry> entries, Counts counts) {

    /** Whether matching articles come before this page's, so that it links to them. */
    boolean hasPrevious() {
        return !entries.isEmpty() && counts.earlier() > 0;
    }

    /** Whether matching articles come after this page's, so that it links to them. */
    boolean hasNext() {
        return !entries.isEmpty() && counts.earlier() + entries.size() < counts.shown();
    }

    record Facet(String slug, String name, long count) {
    }

    /**
     * @param markedHeadline the headline with the search's matches marked; null without a search
     * @param snippet        the passages of the body that best match the search; null without one
     */
    record Entry(long id, String slug, String headline, String lede, ArticleDates dates, List<String> topicSlugs,
                 Highlighted markedHeadline, Highlighted snippet) {
    }

    /**
     * @param undatedLeftOut matching articles without a date on the axis, which a date range left out
     * @param earlier        matching articles before the first one on this page
     * @param days           the overview's counts, per day on the axis
     * @param undated        articles without a date on the axis, which the overview cannot place
     */
    record Counts(long total, long shown, long undatedLeftOut, long earlier, boolean searchHasNoWords,
                  List<OverviewDay> days, long undated) {
    }
}
