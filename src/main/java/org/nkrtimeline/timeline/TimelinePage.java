package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.overview.Overview;
import org.nkrtimeline.timeline.TimelineGroups.YearGroup;

/**
 * Everything the timeline page shows.
 *
 * @param years           dated entries under year and month headings, in timeline order
 * @param undated         entries without a date on the chosen axis, after the dated ones
 * @param ranked          entries ordered by relevance to the search, when the reader asked for that
 *                        (then {@code years} and {@code undated} are empty)
 * @param unknownTopics   topic slugs from the URL that name no topic; they were ignored, and the page says so
 * @param unknownEntities entity slugs from the URL that name no entity; ignored likewise
 * @param overview        the whole collection on a time scale, with the filter's matches marked
 * @param alsoSearched    the English names the search also looked for, because it named an entity in
 *                        another spelling (entity.NameVariants); empty when it did not
 */
public record TimelinePage(
        TimelineFilter filter,
        List<YearGroup> years,
        List<TimelineEntry> undated,
        List<TimelineEntry> ranked,
        List<FacetChoice> facets,
        List<EntityFacetGroup> entityFacets,
        TimelineCounts counts,
        TimelinePaging paging,
        List<String> unknownTopics,
        List<String> unknownEntities,
        Overview overview,
        List<String> alsoSearched) {

    /**
     * Every entry of the page, in the order shown: the dated under their headings, then the undated (or
     * the ranked).
     */
    public List<TimelineEntry> entries() {
        if (!ranked.isEmpty()) {
            return ranked;
        }
        List<TimelineEntry> all = new ArrayList<>();
        years.forEach(year -> year.months().forEach(month -> all.addAll(month.entries())));
        all.addAll(undated);
        return all;
    }

    /**
     * The filters the reader chose besides the search, in words: what (the topics' and entities' names),
     * when (the dates), then how (the axis and the order, when they are not the default). On a phone the
     * form's summary says these while the rest of the form is folded away.
     */
    public List<String> chosenFilters(SiteText text) {
        List<String> chosen = new ArrayList<>();
        facets.stream().filter(FacetChoice::selected).map(FacetChoice::name).forEach(chosen::add);
        entityFacets.stream()
                .flatMap(group -> group.facets().stream())
                .filter(FacetChoice::selected)
                .map(FacetChoice::name)
                .forEach(chosen::add);
        if (filter.from() != null && filter.to() != null) {
            chosen.add(text.get(
                    "timeline.filters.more.dates",
                    text.date("date.day", filter.from()),
                    text.date("date.day", filter.to())));
        } else if (filter.from() != null) {
            chosen.add(text.get("timeline.filters.more.from", text.date("date.day", filter.from())));
        } else if (filter.to() != null) {
            chosen.add(text.get("timeline.filters.more.to", text.date("date.day", filter.to())));
        }
        if (filter.axis() != Axis.EVENT) {
            chosen.add(text.get(
                    "timeline.filters.more.axis", text.get(filter.axis().inSentenceKey())));
        }
        if (filter.order() != SortOrder.ASC) {
            chosen.add(text.get(filter.order().inSentenceKey()));
        }
        if (!filter.isGroupedByEvent()) {
            chosen.add(text.get("timeline.filters.more.articles"));
        }
        return chosen;
    }

    /**
     * Grouped by event, what the matches make: "In 3 entries: 2 events (4 reports) and 1 other
     * article."
     */
    public String groupingText(SiteText text) {
        return text.get(
                "timeline.count.grouped",
                counted(text, "timeline.count.grouped.entries", counts.entries()),
                counted(text, "timeline.count.grouped.events", counts.events()),
                counted(text, "timeline.count.grouped.reports", counts.reports()),
                counted(text, "timeline.count.grouped.alone", counts.alone()));
    }

    private static String counted(SiteText text, String key, long n) {
        return text.get(key, n, text.count(n));
    }

    /** The same view of the timeline, the other way round: grouped by event, or one entry per article. */
    public String otherViewLink() {
        return filter.withView(filter.isGroupedByEvent() ? TimelineView.ARTICLES : TimelineView.EVENTS)
                .link("/");
    }

    public boolean isEmpty() {
        return years.isEmpty() && undated.isEmpty() && ranked.isEmpty();
    }
}
