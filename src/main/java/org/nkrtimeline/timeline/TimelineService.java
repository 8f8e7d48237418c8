package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TimelineService {

    private final TimelineRepository repository;

    TimelineService(TimelineRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public TimelinePage timeline(TimelineFilter requested) {
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
        for (TimelineRepository.EntryRow row : repository.findEntries(filter)) {
            TimelineEntry entry = new TimelineEntry(row.id(), row.slug(), row.headline(), row.lede(), row.dates(),
                    row.topicSlugs().stream().map(topicsBySlug::get).toList());
            (TimelineGroups.axisDate(entry, filter.axis()) == null ? undated : dated).add(entry);
        }
        return new TimelinePage(filter, TimelineGroups.byYearAndMonth(dated, filter.axis()), undated, facets,
                repository.countArticles(filter), unknown);
    }

    /** The neighbours of an article in the reader's filtered timeline; none if the filter excludes the article. */
    @Transactional(readOnly = true)
    public Neighbours neighbours(TimelineFilter filter, long articleId) {
        return repository.findNeighbours(filter, articleId).orElse(Neighbours.NONE);
    }
}
