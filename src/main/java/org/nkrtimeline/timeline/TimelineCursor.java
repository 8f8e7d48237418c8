package org.nkrtimeline.timeline;

/**
 * Where a page of the timeline starts: after or before an article, by id (keyset paging), or at the
 * beginning. Either is null, or both.
 */
public record TimelineCursor(Long after, Long before) {

    public static final TimelineCursor FIRST_PAGE = new TimelineCursor(null, null);

    public boolean isFirstPage() {
        return after == null && before == null;
    }

    /**
     * Whether the page ends just before an article: its rows are then read nearest first, in reverse
     * timeline order, and turned round.
     */
    public boolean isBackwards() {
        return before != null;
    }

    /** The timeline link for the filter at this page. */
    public String link(TimelineFilter filter) {
        if (after != null) {
            return filter.pageLink("after", after);
        }
        return before != null ? filter.pageLink("before", before) : filter.link("/");
    }
}
