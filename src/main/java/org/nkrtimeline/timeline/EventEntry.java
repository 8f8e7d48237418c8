package org.nkrtimeline.timeline;

import java.util.List;
import java.util.Objects;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.event.EventDates;
import org.nkrtimeline.event.ReportLag;
import org.nkrtimeline.i18n.SiteText;

/**
 * What an entry of the timeline grouped by event shows of its event: the title and dates the editors
 * recorded, its first matching reports in timeline order, and how many of its reports match and
 * exist.
 *
 * @param reports  the first matching reports, at most {@link EventCollapse#REPORTS_LISTED}
 * @param matching how many of the event's reports the reader's filter matches
 * @param all      how many reports of the event readers may see
 */
public record EventEntry(
        String slug, String title, EventDates dates, List<ListedReport> reports, long matching, long all) {

    public EventEntry {
        reports = List.copyOf(reports);
    }

    /**
     * A report under its event.
     *
     * @param highlightedHeadline the headline with the search's matches marked; null without a search
     * @param lag                 how long after the event it was published; null where that is not known
     */
    public record ListedReport(
            String slug, String headline, Highlighted highlightedHeadline, ArticleDates dates, ReportLag lag) {}

    public String link() {
        return "/events/" + slug;
    }

    /** The matching reports not listed under the entry: its page lists them. */
    public long more() {
        return matching - reports.size();
    }

    /**
     * When the listed reports came out, from the event: "published 54–62 days after the event", "published
     * the same day as the event"; null when no report's lag is known (undated reports, or an event known
     * only to the month).
     */
    public String lagText(SiteText text) {
        List<ReportLag> lags = reports.stream()
                .map(ListedReport::lag)
                .filter(Objects::nonNull)
                .sorted((a, b) -> Long.compare(a.days(), b.days()))
                .toList();
        if (lags.isEmpty()) {
            return null;
        }
        ReportLag first = lags.get(0);
        ReportLag last = lags.get(lags.size() - 1);
        boolean about = lags.stream().anyMatch(ReportLag::about);
        if (first.days() == last.days() && first.about() == last.about()) {
            return text.get("timeline.event.published", first.text(text));
        }
        if (first.days() > 0) {
            return text.get(
                    about ? "timeline.event.published.range.about" : "timeline.event.published.range",
                    Long.toString(first.days()),
                    Long.toString(last.days()));
        }
        return text.get("timeline.event.published.span", first.text(text), last.text(text));
    }
}
