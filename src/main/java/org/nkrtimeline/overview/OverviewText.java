package org.nkrtimeline.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.i18n.SiteText;

/** The overview's words: link names, the caption and the description, from the site's messages. */
final class OverviewText {

    private final SiteText text;

    OverviewText(SiteText text) {
        this.text = text;
    }

    String day(LocalDate date) {
        return text.date("date.dayLong", date);
    }

    String month(YearMonth month) {
        return text.date("date.monthLong", month);
    }

    /** A month's short name under the axis: "Sep". */
    String monthShort(LocalDate month) {
        return text.date("date.monthShort", month);
    }

    /** "13 to 19 September 2023": "to" rather than a dash, which screen readers often skip or read out. */
    String days(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return day(from);
        }
        String start = YearMonth.from(from).equals(YearMonth.from(to))
                ? text.date("date.dayOfMonth", from)
                : from.getYear() == to.getYear() ? text.date("date.dayMonthLong", from) : day(from);
        return text.get("overview.range", start, day(to));
    }

    String number(long n) {
        return text.count(n);
    }

    String articles(long n) {
        return text.get("overview.articles", n, number(n));
    }

    /** "September 2023: 3 articles, 1 matching your filters, 1 with an estimated date". */
    String markName(String dateText, long total, long matching, long estimated, boolean filtered) {
        StringBuilder name = new StringBuilder(text.get("overview.mark", dateText, articles(total)));
        if (filtered) {
            name.append(text.get(
                    "overview.matching",
                    matching == 0
                            ? text.get("overview.matching.none")
                            : matching == total && total > 1 ? text.get("overview.matching.all") : number(matching)));
        }
        if (estimated > 0) {
            name.append(
                    estimated == total
                            ? text.get(total == 1 ? "overview.mark.estimated.one" : "overview.mark.estimated.all")
                            : text.get("overview.mark.estimated.some", estimated, number(estimated)));
        }
        return name.toString();
    }

    /** "5 articles from September 2023 to March 2025, 2 matching your filters; 1 undated article is not placed." */
    String summary(long total, long matching, boolean filtered, LocalDate first, LocalDate last, long undated) {
        StringBuilder summary = new StringBuilder();
        if (total == 0) {
            summary.append(text.get(undated == 0 ? "overview.summary.empty" : "overview.summary.noDates"));
        } else {
            YearMonth firstMonth = YearMonth.from(first);
            YearMonth lastMonth = YearMonth.from(last);
            summary.append(
                    firstMonth.equals(lastMonth)
                            ? text.get("overview.summary.inMonth", articles(total), month(firstMonth))
                            : text.get(
                                    "overview.summary.fromTo", articles(total), month(firstMonth), month(lastMonth)));
            if (filtered) {
                summary.append(text.get(
                        "overview.matching", matching == 0 ? text.get("overview.matching.none") : number(matching)));
            }
        }
        if (undated > 0) {
            summary.append(text.get("overview.summary.undated", undated, number(undated)));
        }
        return text.get("overview.summary.end", summary.toString());
    }

    /** What the marks mean, for the SVG's description: its sentences joined by spaces. */
    String description(Granularity granularity, boolean filtered, boolean band) {
        List<String> sentences = new ArrayList<>();
        if (granularity == Granularity.DAY) {
            sentences.add(text.get("overview.description.dots"));
            if (filtered) {
                sentences.add(text.get("overview.description.dots.filtered"));
            }
        } else {
            sentences.add(text.get("overview.description.bars", text.get(granularity.nounKey())));
            if (filtered) {
                sentences.add(text.get("overview.description.bars.filtered"));
            }
        }
        if (band) {
            sentences.add(text.get("overview.description.band"));
        }
        return String.join(" ", sentences);
    }
}
