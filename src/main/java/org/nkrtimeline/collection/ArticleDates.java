package org.nkrtimeline.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.nkrtimeline.i18n.SiteText;

/**
 * The two dates of an article, as honestly as they are known: the date of the event it reports
 * (perhaps only to the month, perhaps an estimate with its reason) and the date it was published
 * (perhaps not given at all, with a note saying so).
 *
 * @param eventScheduled an editor confirmed that the article reports a scheduled event, one still to
 *     come when it was published: the event date is after the publication date (V18)
 */
public record ArticleDates(
        LocalDate eventDate,
        DatePrecision eventPrecision,
        boolean eventEstimated,
        String eventNote,
        String eventSourceUrl,
        LocalDate publishedDate,
        String publishedNote,
        boolean eventScheduled) {

    public ArticleDates {
        if (eventPrecision == null) {
            eventPrecision = DatePrecision.DAY;
        }
    }

    /** The dates of an article that reports no scheduled event. */
    public ArticleDates(
            LocalDate eventDate,
            DatePrecision eventPrecision,
            boolean eventEstimated,
            String eventNote,
            String eventSourceUrl,
            LocalDate publishedDate,
            String publishedNote) {
        this(eventDate, eventPrecision, eventEstimated, eventNote, eventSourceUrl, publishedDate, publishedNote, false);
    }

    /**
     * The dates of an SQL row that selects the article's date columns under their own names
     * ({@code event_date}, {@code event_date_precision}, … {@code published_date_note},
     * {@code event_scheduled}).
     */
    public static ArticleDates fromRow(ResultSet row) throws SQLException {
        return new ArticleDates(
                RowValues.localDate(row.getDate("event_date")),
                DatePrecision.valueOf(row.getString("event_date_precision")),
                row.getBoolean("event_date_estimated"),
                row.getString("event_date_note"),
                row.getString("event_date_source_url"),
                RowValues.localDate(row.getDate("published_date")),
                row.getString("published_date_note"),
                row.getBoolean("event_scheduled"));
    }

    /**
     * Whether the event comes after the publication, as far as the event date's precision allows: from
     * the earliest day it could be (a month or a year is stored as its first day). An article cannot
     * normally report such an event, unless it reports a scheduled one ({@link #eventScheduled()}).
     */
    public boolean eventAfterPublication() {
        return eventDate != null && publishedDate != null && eventDate.isAfter(publishedDate);
    }

    public boolean hasEventDate() {
        return eventDate != null;
    }

    public boolean hasPublishedDate() {
        return publishedDate != null;
    }

    /** The event date as far as it is known, in English: see {@link #eventText(SiteText)}. */
    public String eventText() {
        return eventText(SiteText.ENGLISH);
    }

    /** The event date as far as it is known: "13 Sep 2023", "Sep 2023" or "2023" in English. */
    public String eventText(SiteText text) {
        return eventDate == null ? null : eventPrecision.text(text, eventDate);
    }

    /** The value for {@code <time datetime>}: only as much of the date as is known. */
    public String eventIso() {
        return eventDate == null ? null : eventPrecision.iso(eventDate);
    }

    public String publishedText() {
        return publishedText(SiteText.ENGLISH);
    }

    public String publishedText(SiteText text) {
        return publishedDate == null ? null : text.date("date.day", publishedDate);
    }

    public String publishedIso() {
        return publishedDate == null ? null : publishedDate.toString();
    }

    /** How long after the event the article appeared, in English: see {@link #publicationLag(SiteText)}. */
    public String publicationLag() {
        return publicationLag(SiteText.ENGLISH);
    }

    /**
     * How long after the event the article appeared, e.g. "60 days later"; null where either date
     * is missing or the event is known only to the month or year, since a day count would then be
     * invented. For a scheduled event, how long before it: "30 days before the scheduled event", or
     * only "before the scheduled event" where a day count would be invented.
     */
    public String publicationLag(SiteText text) {
        Long days = lagDays();
        if (eventScheduled) {
            return days == null
                    ? text.get("dates.lag.beforeScheduled")
                    : count(
                            text,
                            eventEstimated ? "dates.lag.aboutDaysBeforeScheduled" : "dates.lag.daysBeforeScheduled",
                            -days);
        }
        return days == null ? null : lag(text, days);
    }

    /** The same lag in English seen from the publication date: see {@link #eventLag(SiteText)}. */
    public String eventLag() {
        return eventLag(SiteText.ENGLISH);
    }

    /**
     * The same lag seen from the publication date: the event came "60 days earlier". A scheduled event
     * was still to come: "scheduled 30 days ahead", or "still to come when published" where a day
     * count would be invented.
     */
    public String eventLag(SiteText text) {
        Long days = lagDays();
        if (eventScheduled) {
            return days == null
                    ? text.get("dates.lag.scheduled")
                    : count(text, eventEstimated ? "dates.lag.aboutScheduledAhead" : "dates.lag.scheduledAhead", -days);
        }
        return days == null ? null : lag(text, -days);
    }

    /** Days from the event to the publication; null where a day count would be invented. */
    private Long lagDays() {
        if (eventDate == null || publishedDate == null || eventPrecision != DatePrecision.DAY) {
            return null;
        }
        return ChronoUnit.DAYS.between(eventDate, publishedDate);
    }

    /**
     * "60 days later", "1 day earlier", "the same day"; "about ..." for an estimated event date. The
     * count is passed twice: as a number for the message's choice of singular or plural, and as
     * plain digits to show.
     */
    private String lag(SiteText text, long days) {
        if (days == 0) {
            return text.get(eventEstimated ? "dates.lag.aboutSameDay" : "dates.lag.sameDay");
        }
        String key = days > 0
                ? (eventEstimated ? "dates.lag.aboutLater" : "dates.lag.later")
                : (eventEstimated ? "dates.lag.aboutEarlier" : "dates.lag.earlier");
        return count(text, key, Math.abs(days));
    }

    private static String count(SiteText text, String key, long days) {
        return text.get(key, days, Long.toString(days));
    }
}
