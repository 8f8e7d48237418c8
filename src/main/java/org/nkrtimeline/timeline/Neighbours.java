package org.nkrtimeline.timeline;

/** The articles before and after one article in timeline order; either may be null. */
public record Neighbours(TimelineLink previous, TimelineLink next) {

    public static final Neighbours NONE = new Neighbours(null, null);

    public record TimelineLink(String slug, String headline) {
    }
}
