package org.nkrtimeline.timeline;

/**
 * Which part of the matching articles a page shows, and the links to the pages either side.
 *
 * @param first    position of the first article shown, counting from 1 (0 when none is shown)
 * @param last     position of the last article shown
 * @param previous the link to the page before, or null on the first page
 * @param next     the link to the page after, or null on the last page
 */
public record TimelinePaging(long first, long last, String previous, String next) {

    public boolean isPaged() {
        return previous != null || next != null;
    }

    /**
     * The same pages on another path that takes the timeline's parameters ("/embed"): the timeline's
     * page links are its path, "/", and their query.
     */
    public TimelinePaging at(String path) {
        return new TimelinePaging(first, last, moved(previous, path), moved(next, path));
    }

    private static String moved(String link, String path) {
        if (link == null) {
            return null;
        }
        if (!link.startsWith("/?")) {
            throw new IllegalStateException("not a link of the timeline: " + link);
        }
        return path + link.substring(1);
    }
}
