package org.nkrtimeline.collection;

import java.time.LocalDate;
import org.nkrtimeline.i18n.SiteText;

/** How much of an event date is known; a month-precise date is stored as the first of that month. */
public enum DatePrecision {
    DAY("date.day"),
    MONTH("date.month"),
    YEAR("date.year");

    private final String messageKey;

    DatePrecision(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The day as far as it is known: "13 Sep 2023", "Sep 2023" or "2023" in English. */
    public String text(SiteText text, LocalDate day) {
        return text.date(messageKey, day);
    }

    /** The value for {@code <time datetime>} and the API: only as much of the day as is known. */
    public String iso(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> day.toString().substring(0, 4);
        };
    }
}
