package org.nkrtimeline.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.i18n.SiteText;

/**
 * How long after the event a report was published, in days, counted from the day of the event the
 * report tells of: the article's own event date where it falls within the event (the summit on 13
 * Sep for a report of the summit, the return home on 19 Sep for one of the return), else the event's
 * last day. So a report's lag here is the lag its article page gives. "About" when either date is
 * an estimate.
 *
 * @param from the day the lag is counted from
 */
public record ReportLag(long days, LocalDate from, boolean about) {

    /** The lag, or null where a day count would be invented: no publication date, or no day-precise event day. */
    public static ReportLag of(EventDates event, ArticleDates report) {
        if (report.publishedDate() == null) {
            return null;
        }
        boolean ownDay = report.eventPrecision() == DatePrecision.DAY && event.contains(report.eventDate());
        LocalDate from =
                ownDay ? report.eventDate() : (event.precision() == DatePrecision.DAY ? event.lastDay() : null);
        if (from == null) {
            return null;
        }
        boolean about = event.estimated() || (ownDay && report.eventEstimated());
        return new ReportLag(ChronoUnit.DAYS.between(from, report.publishedDate()), from, about);
    }

    /** "54 days after the event", "the same day as the event"... */
    public String text(SiteText text) {
        if (days == 0) {
            return text.get(about ? "event.lag.sameDay.about" : "event.lag.sameDay");
        }
        String key = days > 0
                ? (about ? "event.lag.after.about" : "event.lag.after")
                : (about ? "event.lag.before.about" : "event.lag.before");
        return count(text, key);
    }

    /** The strip's label: "54 days", "same day"... */
    public String shortText(SiteText text) {
        if (days == 0) {
            return text.get(about ? "event.strip.lag.sameDay.about" : "event.strip.lag.sameDay");
        }
        String key = days > 0
                ? (about ? "event.strip.lag.after.about" : "event.strip.lag.after")
                : (about ? "event.strip.lag.before.about" : "event.strip.lag.before");
        return count(text, key);
    }

    /** The count twice: a number for the message's choice of singular or plural, and plain digits to show. */
    private String count(SiteText text, String key) {
        long count = Math.abs(days);
        return text.get(key, count, Long.toString(count));
    }
}
