package org.nkrtimeline.timeline;

/**
 * @param total          articles in the collection
 * @param shown          articles the filter matches, on this page and others
 * @param undatedLeftOut articles that match the topics but have no date on the chosen axis, and so
 *                       were left out by a date range
 * @param earlier        matching articles that come before the first one on this page
 * @param searchHasNoWords the search has only words too common to search for ("the", "and"), so
 *                       it matches nothing
 */
public record TimelineCounts(long total, long shown, long undatedLeftOut, long earlier, boolean searchHasNoWords) {}
