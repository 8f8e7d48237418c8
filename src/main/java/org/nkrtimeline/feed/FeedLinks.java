package org.nkrtimeline.feed;

import org.nkrtimeline.timeline.SortOrder;
import org.nkrtimeline.timeline.TimelineFilter;
import org.springframework.stereotype.Component;

/**
 * The addresses of a view's feed and files, for the templates ({@code ${@feedLinks.atom(filter)}}).
 * Site paths: the page cache keeps pages by path, so they never carry the request's host.
 */
@Component("feedLinks")
public class FeedLinks {

    public static final String ATOM = "/feed.atom";
    public static final String CSV = "/export.csv";
    public static final String TIMELINE_JS = "/export/timelinejs.json";

    /** The feed is always newest first, so one address serves every order of the same view. */
    public String atom(TimelineFilter filter) {
        return filter.withOrder(SortOrder.ASC).withoutView().link(ATOM);
    }

    public String csv(TimelineFilter filter) {
        return filter.withoutView().link(CSV);
    }

    public String timelineJs(TimelineFilter filter) {
        return filter.withoutView().link(TIMELINE_JS);
    }
}
