package org.nkrtimeline.timeline;

/**
 * @param total            articles in the collection
 * @param shown            articles the filter matches, on this page and others
 * @param undatedLeftOut   articles that match the topics but have no date on the chosen axis, and so
 *                         were left out by a date range
 * @param earlier          entries that come before the first one on this page
 * @param searchHasNoWords the search has only words too common to search for ("the", "and"), so
 *                         it matches nothing
 * @param events           grouped by event, the events the matching articles report (0 in the view of
 *                         one entry per article)
 * @param reports          grouped by event, the matching articles that report one of them
 */
public record TimelineCounts(
        long total,
        long shown,
        long undatedLeftOut,
        long earlier,
        boolean searchHasNoWords,
        long events,
        long reports) {

    /** The counts of the view of one entry per article, where each match is an entry. */
    public TimelineCounts(long total, long shown, long undatedLeftOut, long earlier, boolean searchHasNoWords) {
        this(total, shown, undatedLeftOut, earlier, searchHasNoWords, 0, 0);
    }

    /** The entries the matches make: an event's reports are one. */
    public long entries() {
        return shown - reports + events;
    }

    /** The matching articles that report no event, each an entry of its own. */
    public long alone() {
        return shown - reports;
    }
}
