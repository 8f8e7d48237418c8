package org.nkrtimeline.timeline;

import java.util.List;
import org.nkrtimeline.timeline.TimelineGroups.YearGroup;

/**
 * Everything the timeline page shows.
 *
 * @param unknownTopics topic slugs from the URL that name no topic; they were ignored, and the page says so
 */
public record TimelinePage(
        TimelineFilter filter,
        List<YearGroup> years,
        List<TimelineEntry> undated,
        List<TopicFacet> facets,
        TimelineCounts counts,
        TimelinePaging paging,
        List<String> unknownTopics) {

    public boolean isEmpty() {
        return years.isEmpty() && undated.isEmpty();
    }
}
