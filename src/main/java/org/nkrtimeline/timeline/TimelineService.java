package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TimelineService {

    private final TimelineRepository repository;
    private final int pageSize;

    TimelineService(TimelineRepository repository, @Value("${timeline.page-size:50}") int pageSize) {
        this.repository = repository;
        this.pageSize = pageSize;
    }

    /** The page of the timeline the reader asked for; empty if the cursor points past the end. */
    @Transactional(readOnly = true)
    public TimelinePage timeline(TimelineFilter requested, TimelineCursor cursor) {
        List<TimelineRepository.FacetRow> facetRows = repository.findTopicFacets(requested);
        Map<String, TopicRef> topicsBySlug = facetRows.stream()
                .collect(Collectors.toMap(TimelineRepository.FacetRow::slug, row -> new TopicRef(row.slug(), row.name())));
        List<String> unknown = requested.topics().stream().filter(slug -> !topicsBySlug.containsKey(slug)).toList();
        TimelineFilter filter = requested.withTopics(
                requested.topics().stream().filter(topicsBySlug::containsKey).toList());

        List<TopicFacet> facets = facetRows.stream()
                .map(row -> new TopicFacet(row.slug(), row.name(), row.description(), row.count(),
                        filter.hasTopic(row.slug())))
                .toList();
        List<TimelineEntry> dated = new ArrayList<>();
        List<TimelineEntry> undated = new ArrayList<>();
        List<TimelineRepository.EntryRow> rows = repository.findEntries(filter, cursor, pageSize);
        for (TimelineRepository.EntryRow row : rows) {
            TimelineEntry entry = new TimelineEntry(row.id(), row.slug(), row.headline(), row.lede(), row.dates(),
                    row.topicSlugs().stream().map(topicsBySlug::get).toList());
            (TimelineGroups.axisDate(entry, filter.axis()) == null ? undated : dated).add(entry);
        }
        TimelineCounts counts = repository.countArticles(filter, rows.isEmpty() ? null : rows.get(0).id());
        return new TimelinePage(filter, TimelineGroups.byYearAndMonth(dated, filter.axis()), undated, facets,
                counts, paging(filter, rows, counts), unknown);
    }

    private static TimelinePaging paging(TimelineFilter filter, List<TimelineRepository.EntryRow> rows,
                                         TimelineCounts counts) {
        if (rows.isEmpty()) {
            return new TimelinePaging(0, 0, null, null);
        }
        long first = counts.earlier() + 1;
        long last = counts.earlier() + rows.size();
        return new TimelinePaging(first, last,
                first > 1 ? filter.pageLink("before", rows.get(0).id()) : null,
                last < counts.shown() ? filter.pageLink("after", rows.get(rows.size() - 1).id()) : null);
    }

    /** The neighbours of an article in the reader's filtered timeline; none if the filter excludes the article. */
    @Transactional(readOnly = true)
    public Neighbours neighbours(TimelineFilter filter, long articleId) {
        return repository.findNeighbours(filter, articleId, pageSize / 2).orElse(Neighbours.NONE);
    }
}
