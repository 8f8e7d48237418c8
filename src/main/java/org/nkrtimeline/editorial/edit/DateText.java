package org.nkrtimeline.editorial.edit;

import org.nkrtimeline.collection.ArticleDates;

/** An article's dates as one line each for its history, with everything an editor set about them. */
final class DateText {

    private DateText() {}

    static String event(ArticleDates dates) {
        StringBuilder text = new StringBuilder(dates.hasEventDate() ? dates.eventIso() : "unknown");
        if (dates.eventEstimated()) {
            text.append(" (estimate)");
        }
        if (dates.eventScheduled()) {
            text.append(" (scheduled: still to come when published)");
        }
        appendNote(text, dates.eventNote());
        if (dates.eventSourceUrl() != null) {
            text.append("; source: ").append(dates.eventSourceUrl());
        }
        return text.toString();
    }

    static String published(ArticleDates dates) {
        StringBuilder text = new StringBuilder(dates.hasPublishedDate() ? dates.publishedIso() : "not given");
        appendNote(text, dates.publishedNote());
        return text.toString();
    }

    private static void appendNote(StringBuilder text, String note) {
        if (note != null) {
            text.append("; note: ").append(note);
        }
    }
}
