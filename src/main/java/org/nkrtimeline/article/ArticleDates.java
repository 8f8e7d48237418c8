package org.nkrtimeline.article;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The two dates of an article, as honestly as they are known: the date of the event it reports
 * (perhaps only to the month, perhaps an estimate with its reason) and the date it was published
 * (perhaps not given at all, with a note saying so).
 */
public record ArticleDates(
        LocalDate eventDate,
        DatePrecision eventPrecision,
        boolean eventEstimated,
        String eventNote,
        String eventSourceUrl,
        LocalDate publishedDate,
        String publishedNote) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH);

    public ArticleDates {
        if (eventPrecision == null) {
            eventPrecision = DatePrecision.DAY;
        }
    }

    /**
     * The dates of an SQL row that selects the article's date columns under their own names
     * ({@code event_date}, {@code event_date_precision}, … {@code published_date_note}).
     */
    public static ArticleDates fromRow(ResultSet row) throws SQLException {
        return new ArticleDates(
                localDate(row.getDate("event_date")),
                DatePrecision.valueOf(row.getString("event_date_precision")),
                row.getBoolean("event_date_estimated"),
                row.getString("event_date_note"),
                row.getString("event_date_source_url"),
                localDate(row.getDate("published_date")),
                row.getString("published_date_note"));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    public boolean hasEventDate() {
        return eventDate != null;
    }

    public boolean hasPublishedDate() {
        return publishedDate != null;
    }

    public String eventText() {
        return eventDate == null ? null : switch (eventPrecision) {
            case DAY -> DAY.format(eventDate);
            case MONTH -> MONTH.format(eventDate);
            case YEAR -> YEAR.format(eventDate);
        };
    }

    /** The value for {@code <time datetime>}: only as much of the date as is known. */
    public String eventIso() {
        return eventDate == null ? null : switch (eventPrecision) {
            case DAY -> eventDate.toString();
            case MONTH -> eventDate.toString().substring(0, 7);
            case YEAR -> eventDate.toString().substring(0, 4);
        };
    }

    public String publishedText() {
        return publishedDate == null ? null : DAY.format(publishedDate);
    }

    public String publishedIso() {
        return publishedDate == null ? null : publishedDate.toString();
    }

    /**
     * How long after the event the article appeared, e.g. "60 days later"; null where either date
     * is missing or the event is known only to the month or year, since a day count would then be
     * invented.
     */
    public String publicationLag() {
        if (eventDate == null || publishedDate == null || eventPrecision != DatePrecision.DAY) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(eventDate, publishedDate);
        String about = eventEstimated ? "about " : "";
        if (days == 0) {
            return eventEstimated ? "about the same day" : "the same day";
        }
        return about + days(Math.abs(days)) + (days > 0 ? " later" : " earlier");
    }

    /** The same lag seen from the publication date: the event came "60 days earlier". */
    public String eventLag() {
        String lag = publicationLag();
        if (lag == null || lag.endsWith("same day")) {
            return lag;
        }
        return lag.endsWith(" later") ? lag.replace(" later", " earlier") : lag.replace(" earlier", " later");
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
