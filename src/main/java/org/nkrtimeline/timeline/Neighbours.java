package org.nkrtimeline.timeline;

/**
 * The articles before and after one article in timeline order, either of which may be null, and
 * where the timeline page to return to starts.
 *
 * @param returnAfter the id of the article after which a timeline page with this article in its
 *                    middle starts; null when the first page already shows it
 * @param underItsEvent grouped by event, the article is listed under its event's entry on that page,
 *                    not an entry of its own
 */
public record Neighbours(TimelineLink previous, TimelineLink next, Long returnAfter, boolean underItsEvent) {

    public static final Neighbours NONE = new Neighbours(null, null, null);

    public Neighbours(TimelineLink previous, TimelineLink next, Long returnAfter) {
        this(previous, next, returnAfter, false);
    }

    public record TimelineLink(long id, String slug, String headline) {}
}
