package org.nkrtimeline.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event as its editors' page shows it: what they may correct, at its version, with every report
 * (public or not) and the event's history.
 *
 * @param version the version the form is read at: a save names it, and a later save elsewhere refuses it
 */
public record EditableEvent(
        long id,
        String slug,
        String title,
        EventDates dates,
        String summary,
        long version,
        Instant correctedAt,
        List<Report> reports,
        List<Change> history) {

    public EditableEvent {
        reports = List.copyOf(reports);
        history = List.copyOf(history);
    }

    /**
     * A report of the event, in publication order.
     *
     * @param articleVersion the article's version, which its history records the change at
     * @param isPublic       whether readers see it: published and not hidden
     * @param rewriteOf      for a rewrite, the address of the report it was written from, when known; else null
     */
    public record Report(
            long articleId,
            String articleSlug,
            String headline,
            ReportRole role,
            LocalDate publishedDate,
            long articleVersion,
            boolean isPublic,
            String rewriteOf) {}

    /** @param editor the editor's name; null for a change the command line made */
    public record Change(
            long eventVersion, EventField field, String oldValue, String newValue, String editor, Instant changedAt) {}

    /**
     * Whether the event begins after every dated report of it was published: a report cannot tell of
     * what had not happened yet (a scheduled event aside), so the date is most likely typed wrong.
     */
    public boolean beginsAfterItsReports() {
        List<LocalDate> published = reports.stream()
                .map(Report::publishedDate)
                .filter(Objects::nonNull)
                .toList();
        return dates.start() != null
                && !published.isEmpty()
                && published.stream().allMatch(day -> day.isBefore(dates.start()));
    }

    /** The other reports, which a rewrite among them may name as its original. */
    public List<Report> othersThan(Report report) {
        return reports.stream()
                .filter(other -> other.articleId() != report.articleId())
                .toList();
    }

    public Report report(String articleSlug) {
        return reports.stream()
                .filter(report -> report.articleSlug().equals(articleSlug))
                .findFirst()
                .orElse(null);
    }
}
