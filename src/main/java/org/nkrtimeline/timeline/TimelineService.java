package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.entity.NameVariants;
import org.nkrtimeline.event.Event;
import org.nkrtimeline.event.EventService;
import org.nkrtimeline.event.ReportLag;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.overview.Overview;
import org.nkrtimeline.overview.OverviewLayout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TimelineService {

    /** Entity facets shown per kind: enough to follow the main actors without a wall of names. */
    public static final int ENTITY_FACETS_PER_KIND = 8;

    /** The setting for the articles per page, with its default, for {@code @Value}. */
    public static final String PAGE_SIZE = "${timeline.page-size:50}";

    private final TimelineRepository repository;
    private final EventService events;
    private final int pageSize;
    private final SiteText text;
    private final NameVariants variants;

    TimelineService(
            TimelineRepository repository,
            EventService events,
            @Value(PAGE_SIZE) int pageSize,
            SiteText text,
            NameVariants variants) {
        this.repository = repository;
        this.events = events;
        this.pageSize = pageSize;
        this.text = text;
        this.variants = variants;
    }

    /** The page of the timeline the reader asked for; empty if the cursor points past the end. */
    @Transactional(readOnly = true)
    public TimelinePage timeline(TimelineFilter requested, TimelineCursor cursor) {
        return timeline(requested, cursor, pageSize);
    }

    /** The same, with {@code limit} articles a page instead of the site's page size (the API's choice). */
    @Transactional(readOnly = true)
    public TimelinePage timeline(TimelineFilter requested, TimelineCursor cursor, int limit) {
        TimelineRepository.PageRows page = repository.page(requested, cursor, limit, ENTITY_FACETS_PER_KIND);
        TimelineFilter filter = page.filter();
        List<String> unknownTopics = without(requested.topics(), filter.topics());
        List<String> unknownEntities = without(requested.entities(), filter.entities());
        Map<String, TopicRef> topicsBySlug = page.facets().topics().stream()
                .collect(Collectors.toMap(
                        TimelineRepository.FacetRow::slug, row -> new TopicRef(row.slug(), row.name())));
        List<FacetChoice> facets = page.facets().topics().stream()
                .map(row -> new FacetChoice(row.slug(), row.name(), row.count(), filter.hasTopic(row.slug())))
                .toList();
        List<TimelineEntry> dated = new ArrayList<>();
        List<TimelineEntry> undated = new ArrayList<>();
        List<TimelineEntry> ranked = new ArrayList<>();
        List<TimelineRepository.EntryRow> rows = page.entries();
        Map<Long, Event> eventsOnThePage = events.byId(rows.stream()
                .map(TimelineRepository.EntryRow::event)
                .filter(Objects::nonNull)
                .map(TimelineRepository.EventRows::id)
                .toList());
        for (TimelineRepository.EntryRow row : rows) {
            TimelineEntry entry = new TimelineEntry(
                    row.id(),
                    row.slug(),
                    row.headline(),
                    row.lede(),
                    row.dates(),
                    row.topicSlugs().stream().map(topicsBySlug::get).toList(),
                    row.highlightedHeadline(),
                    row.snippet(),
                    row.event() == null
                            ? null
                            : eventEntry(
                                    row.event(), eventsOnThePage.get(row.event().id())));
            if (filter.isRanked()) {
                ranked.add(entry);
            } else {
                (TimelineGroups.axisDate(entry, filter.axis()) == null ? undated : dated).add(entry);
            }
        }
        TimelineRepository.Counts counts = page.counts();
        return new TimelinePage(
                filter,
                TimelineGroups.byYearAndMonth(dated, filter.axis(), text),
                undated,
                ranked,
                facets,
                entityGroups(page.facets().entities(), filter),
                counts.totals(),
                paging(filter, rows, counts.totals()),
                unknownTopics,
                unknownEntities,
                overview(filter, counts.days()),
                variants.expand(filter.query()).alsoSearched());
    }

    /**
     * The entry's event; null if it is gone since the index was read (a moment's race with an editor):
     * its report is then shown on its own.
     */
    private static EventEntry eventEntry(TimelineRepository.EventRows rows, Event event) {
        if (event == null) {
            return null;
        }
        return new EventEntry(
                event.slug(),
                event.title(),
                event.dates(),
                rows.reports().stream()
                        .map(report -> new EventEntry.ListedReport(
                                report.slug(),
                                report.headline(),
                                report.highlightedHeadline(),
                                report.dates(),
                                ReportLag.of(event.dates(), report.dates())))
                        .toList(),
                rows.matching(),
                rows.all());
    }

    /** The whole collection on a time scale, the filter's matches and date range marked, each mark a link. */
    private Overview overview(TimelineFilter filter, TimelineRepository.DayCounts counts) {
        return OverviewLayout.build(
                counts.days(),
                counts.undated(),
                filter.from(),
                filter.to(),
                filter.isFiltered(),
                range -> filter.withDates(range.from(), range.to()).link("/"),
                text);
    }

    private static List<String> without(List<String> all, List<String> removed) {
        return all.stream().filter(slug -> !removed.contains(slug)).toList();
    }

    private static List<EntityFacetGroup> entityGroups(
            List<TimelineRepository.EntityFacetRow> rows, TimelineFilter filter) {
        return EntityKind.group(rows, TimelineRepository.EntityFacetRow::kind).entrySet().stream()
                .map(kind -> new EntityFacetGroup(
                        kind.getKey(),
                        kind.getValue().stream()
                                .map(row -> new FacetChoice(
                                        row.slug(), row.name(), row.count(), filter.hasEntity(row.slug())))
                                .toList()))
                .toList();
    }

    private static TimelinePaging paging(
            TimelineFilter filter, List<TimelineRepository.EntryRow> rows, TimelineCounts counts) {
        if (rows.isEmpty()) {
            return new TimelinePaging(0, 0, null, null);
        }
        long first = counts.earlier() + 1;
        long last = counts.earlier() + rows.size();
        return new TimelinePaging(
                first,
                last,
                first > 1 ? filter.pageLink("before", rows.get(0).id()) : null,
                last < counts.entries()
                        ? filter.pageLink("after", rows.get(rows.size() - 1).id())
                        : null);
    }

    /**
     * The neighbours of an article in the reader's filtered timeline (none if the filter excludes
     * the article), and {@code texts}, the article's, with the reader's search marked (null without
     * a search, or for a hidden article). One statement.
     */
    @Transactional(readOnly = true)
    public TimelineRepository.PlaceInTimeline placeOf(TimelineFilter filter, long articleId, List<String> texts) {
        return repository
                .findPlace(filter, articleId, pageSize / 2, texts)
                .orElse(new TimelineRepository.PlaceInTimeline(Neighbours.NONE, null));
    }
}
