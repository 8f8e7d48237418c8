package org.nkrtimeline.timeline;

/**
 * The articles before and after one article in timeline order, either of which may be null, and
 * where the timeline page to return to starts.
 *
 * @param returnAfter the id of the article after which a timeline page with this article in its
 *                    middle starts; null when the first page already shows it
 * @param eventEntry  grouped by event, the event whose entry on that page holds the article; null
 *                    when the article's own entry does
 */
public record Neighbours(TimelineLink previous, TimelineLink next, Long returnAfter, String eventEntry) {

    public static final Neighbours NONE = new Neighbours(null, null, null);

    public Neighbours(TimelineLink previous, TimelineLink next, Long returnAfter) {
        this(previous, next, returnAfter, null);
    }

    /** The id of the entry that holds the article on the page to return to. */
    public String entryId(String articleSlug) {
        return eventEntry == null ? "entry-" + articleSlug : "event-" + eventEntry;
    }

    public record TimelineLink(long id, String slug, String headline) {}
}
