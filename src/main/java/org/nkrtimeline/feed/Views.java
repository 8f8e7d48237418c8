package org.nkrtimeline.feed;

import java.util.List;
import java.util.Map;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelineFilterParser;

/** The timeline view a feed or an export follows, read from the page's own parameters by the page's own parser. */
final class Views {

    private Views() {
    }

    /**
     * The view's filter; an {@code InvalidFilterException} (a 400 that says what to fix) for anything
     * the timeline page would refuse. The page cursors ({@code after}, {@code before}) are checked as
     * strictly, but a feed or a file is never one page of a view, so they choose nothing.
     */
    static TimelineFilter parse(Map<String, List<String>> params) {
        TimelineFilter filter = TimelineFilterParser.parse(params);
        TimelineFilterParser.parseCursor(params);
        return filter;
    }
}
