package org.nkrtimeline.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.collection.RowValues;
import org.nkrtimeline.i18n.SiteText;

/**
 * An event's dates as honestly as they are known, like an article's event date: a day, or a range of
 * days, perhaps only to the month or year, perhaps an estimate with its reason.
 *
 * @param end the last day of a range; null for an event of one day (or one month, one year)
 */
public record EventDates(
        LocalDate start, LocalDate end, DatePrecision precision, boolean estimated, String note, String sourceUrl) {

    public EventDates {
        if (precision == null) {
            precision = DatePrecision.DAY;
        }
    }

    static EventDates fromRow(ResultSet row) throws SQLException {
        return new EventDates(
                RowValues.localDate(row.getDate("event_date")),
                RowValues.localDate(row.getDate("event_end_date")),
                DatePrecision.valueOf(row.getString("event_date_precision")),
                row.getBoolean("event_date_estimated"),
                row.getString("event_date_note"),
                row.getString("event_date_source_url"));
    }

    public boolean hasDate() {
        return start != null;
    }

    public boolean isRange() {
        return end != null;
    }

    /** The event's last day (its only one, if it has no range); null if undated. */
    public LocalDate lastDay() {
        return end != null ? end : start;
    }

    /** Whether a day falls within the event, as far as its precision allows. */
    boolean contains(LocalDate day) {
        if (start == null || day == null) {
            return false;
        }
        LocalDate last = switch (precision) {
            case DAY -> lastDay();
            case MONTH -> lastDay().plusMonths(1).minusDays(1);
            case YEAR -> lastDay().plusYears(1).minusDays(1);
        };
        return !day.isBefore(start) && !day.isAfter(last);
    }

    /** The first day as far as it is known: "12 Sep 2023", "Sep 2023" or "2023" in English. */
    public String startText(SiteText text) {
        return format(text, start);
    }

    /** The last day of a range, as far as it is known; null for an event without a range. */
    public String endText(SiteText text) {
        return format(text, end);
    }

    public String startIso() {
        return iso(start);
    }

    public String endIso() {
        return iso(end);
    }

    private String format(SiteText text, LocalDate day) {
        return day == null ? null : precision.text(text, day);
    }

    private String iso(LocalDate day) {
        return day == null ? null : precision.iso(day);
    }
}
