package org.nkrtimeline.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The overview's words: link names, the caption and the description, in the site's plain English. */
final class OverviewText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private OverviewText() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "13 to 19 September 2023": "to" rather than a dash, which screen readers often skip or read out. */
    static String days(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return day(from);
        }
        if (YearMonth.from(from).equals(YearMonth.from(to))) {
            return from.getDayOfMonth() + " to " + day(to);
        }
        return (from.getYear() == to.getYear() ? DAY_MONTH.format(from) : day(from)) + " to " + day(to);
    }

    static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    static String articles(long n) {
        return count(n) + (n == 1 ? " article" : " articles");
    }

    /** "September 2023: 3 articles, 1 matching your filters, 1 with an estimated date". */
    static String markName(String dateText, long total, long matching, long estimated, boolean filtered) {
        StringBuilder name = new StringBuilder(dateText).append(": ").append(articles(total));
        if (filtered) {
            name.append(", ").append(matching == 0 ? "none" : matching == total && total > 1 ? "all" : count(matching))
                    .append(" matching your filters");
        }
        if (estimated > 0) {
            name.append(", ").append(estimated == total
                    ? (total == 1 ? "date estimated" : "all dates estimated")
                    : count(estimated) + (estimated == 1 ? " with an estimated date" : " with estimated dates"));
        }
        return name.toString();
    }

    /** "5 articles from September 2023 to March 2025, 2 matching your filters; 1 undated article is not placed." */
    static String summary(long total, long matching, boolean filtered, LocalDate first, LocalDate last, long undated) {
        StringBuilder summary = new StringBuilder();
        if (total == 0) {
            summary.append(undated == 0 ? "There are no articles to show yet"
                    : "No article has a date to place on the overview");
        } else {
            YearMonth firstMonth = YearMonth.from(first);
            YearMonth lastMonth = YearMonth.from(last);
            summary.append(articles(total)).append(firstMonth.equals(lastMonth)
                    ? " in " + month(firstMonth)
                    : " from " + month(firstMonth) + " to " + month(lastMonth));
            if (filtered) {
                summary.append(", ").append(matching == 0 ? "none" : count(matching)).append(" matching your filters");
            }
        }
        if (undated > 0) {
            summary.append("; ").append(undated == 1 ? "1 undated article is" : count(undated) + " undated articles are")
                    .append(" not placed");
        }
        return summary.append('.').toString();
    }

    /** What the marks mean, for the SVG's description. */
    static String description(Granularity granularity, boolean filtered, boolean band) {
        StringBuilder text = new StringBuilder();
        if (granularity == Granularity.DAY) {
            text.append("Each dot is an article, placed at its date on a true time scale; articles on the same"
                    + " day are stacked, and days too close to draw apart share a stack. A dot with a dashed"
                    + " outline has an estimated date. Each stack links to the timeline for its days.");
            if (filtered) {
                text.append(" Dark dots match your filters; pale dots do not.");
            }
        } else {
            String noun = granularity.noun();
            text.append("Each bar is a ").append(noun).append(" on a true time scale; its height is the number"
                    + " of articles that ").append(noun).append(". Each bar links to the timeline for its ")
                    .append(noun).append('.');
            if (filtered) {
                text.append(" The dark foot of a bar is the articles matching your filters; the pale rest do not.");
            }
        }
        if (band) {
            text.append(" The shaded band is your date range.");
        }
        return text.toString();
    }
}
