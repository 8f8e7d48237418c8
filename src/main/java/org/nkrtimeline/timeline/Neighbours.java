package org.nkrtimeline.timeline;

/**
 * The articles before and after one article in timeline order, either of which may be null, and
 * where the timeline page to return to starts.
 *
 * @param returnAfter the id of the article after which a timeline page with this article in its
 *                    middle starts; null when the first page already shows it
 */
public record Neighbours(TimelineLink previous, TimelineLink next, Long returnAfter) {

    public static final Neighbours NONE = new Neighbours(null, null, null);

    public record TimelineLink(long id, String slug, String headline) {}
}
