package org.nkrtimeline.feed;

import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.Axis;

/**
 * An article's dates in words for the feed and the files, as honestly as the page gives them: an
 * estimate says it is one and why, a missing date stays missing.
 */
final class DateWords {

    private DateWords() {}

    /**
     * "Event date: 13 Sep 2023", "Event date: c. 21 Mar 2025 (estimate). Why: …", or that it is not
     * known; and for a scheduled event, that it was still to come when the article was published.
     */
    static String event(ArticleDates dates, SiteText text) {
        if (!dates.hasEventDate()) {
            return text.get("export.dates.event.notKnown");
        }
        String scheduled = dates.eventScheduled() ? " " + text.get("export.dates.event.scheduled") : "";
        if (dates.eventEstimated()) {
            return text.get("export.dates.event", estimated(dates, text))
                    + scheduled
                    + (dates.eventNote() == null ? "" : " " + text.get("export.dates.event.why", dates.eventNote()));
        }
        return text.get("export.dates.event", dates.eventText(text)) + scheduled;
    }

    /** "Published 12 Nov 2023", or that the date is not known, with the note saying why. */
    static String published(ArticleDates dates, SiteText text) {
        if (dates.hasPublishedDate()) {
            return text.get("export.dates.published", dates.publishedText(text));
        }
        return dates.publishedNote() == null
                ? text.get("export.dates.published.notKnown")
                : text.get("export.dates.published.notKnown.why", dates.publishedNote());
    }

    /** The date that places the article on the axis, as shown: "c. 21 Mar 2025 (estimate)"; null if it has none. */
    static String onAxis(ArticleDates dates, Axis axis, SiteText text) {
        if (axis == Axis.PUBLISHED) {
            return dates.publishedText(text);
        }
        if (!dates.hasEventDate()) {
            return null;
        }
        return dates.eventEstimated() ? estimated(dates, text) : dates.eventText(text);
    }

    private static String estimated(ArticleDates dates, SiteText text) {
        return text.get("export.dates.estimated", dates.eventText(text));
    }
}
