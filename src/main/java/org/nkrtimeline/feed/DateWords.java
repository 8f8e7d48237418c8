package org.nkrtimeline.feed;

import org.nkrtimeline.article.ArticleDates;
import org.nkrtimeline.timeline.Axis;

/**
 * An article's dates in words for the feed and the files, as honestly as the page gives them: an
 * estimate says it is one and why, a missing date stays missing.
 */
final class DateWords {

    private DateWords() {
    }

    /** "Event date: 13 Sep 2023", "Event date: c. 21 Mar 2025 (estimate). Why: …", or that it is not known. */
    static String event(ArticleDates dates) {
        if (!dates.hasEventDate()) {
            return "Event date not known.";
        }
        if (dates.eventEstimated()) {
            return "Event date: " + estimated(dates) + "." + (dates.eventNote() == null ? "" : " Why: " + dates.eventNote());
        }
        return "Event date: " + dates.eventText() + ".";
    }

    /** "Published 12 Nov 2023", or that the date is not known, with the note saying why. */
    static String published(ArticleDates dates) {
        if (dates.hasPublishedDate()) {
            return "Published " + dates.publishedText() + ".";
        }
        return "Publication date not known" + (dates.publishedNote() == null ? "." : ": " + dates.publishedNote() + ".");
    }

    /** The date that places the article on the axis, as shown: "c. 21 Mar 2025 (estimate)"; null if it has none. */
    static String onAxis(ArticleDates dates, Axis axis) {
        if (axis == Axis.PUBLISHED) {
            return dates.publishedText();
        }
        if (!dates.hasEventDate()) {
            return null;
        }
        return dates.eventEstimated() ? estimated(dates) : dates.eventText();
    }

    private static String estimated(ArticleDates dates) {
        return "c. " + dates.eventText() + " (estimate)";
    }
}
