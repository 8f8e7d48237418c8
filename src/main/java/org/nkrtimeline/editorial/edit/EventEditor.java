package org.nkrtimeline.editorial.edit;

import java.util.List;
import java.util.Optional;
import org.nkrtimeline.event.EditableEvent;
import org.nkrtimeline.event.EventCorrections;
import org.nkrtimeline.event.EventDates;
import org.nkrtimeline.event.EventField;
import org.nkrtimeline.event.EventNotFoundException;
import org.nkrtimeline.event.ReportRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' corrections of an event, and of what each report is to it: the event's history
 * records them all, and a report's change is also in its article's history, beside its assignment.
 */
@Service
class EventEditor {

    private final EventCorrections corrections;
    private final ArticleChangeRepository articleChanges;

    EventEditor(EventCorrections corrections, ArticleChangeRepository articleChanges) {
        this.corrections = corrections;
        this.articleChanges = articleChanges;
    }

    List<EventCorrections.Listed> list(Long beforeId, int limit) {
        return corrections.list(beforeId, limit);
    }

    /** @throws EventNotFoundException when no event has the address */
    EditableEvent load(String slug) {
        return corrections.load(slug).orElseThrow(() -> new EventNotFoundException(slug));
    }

    /**
     * @return the fields that changed
     * @throws org.nkrtimeline.event.EventChangedException another editor saved first: nothing saved
     */
    List<EventField> correct(String slug, long version, String title, EventDates dates, String summary, long editorId) {
        return corrections.correct(slug, version, title, dates, summary, editorId);
    }

    /**
     * Moves the report to the event at {@code intoSlug}, and says so in its article's history.
     *
     * @throws EventNotFoundException   when the event has no such report, or no event has {@code intoSlug}
     * @throws IllegalArgumentException when {@code intoSlug} is the report's own event
     */
    @Transactional
    EditableEvent.Report moveReport(String slug, String articleSlug, String intoSlug, long editorId) {
        EditableEvent.Report report = corrections.moveReport(slug, articleSlug, intoSlug, editorId);
        recordInArticle(report, slug, EventCorrections.reportValue(intoSlug, report.role()), editorId);
        return report;
    }

    /**
     * Merges the event into another, and records the move in each report's article history.
     *
     * @return how many reports moved
     */
    @Transactional
    int merge(String slug, long version, String intoSlug, long editorId) {
        List<EditableEvent.Report> moved = corrections.merge(slug, version, intoSlug, editorId);
        moved.forEach(report ->
                recordInArticle(report, slug, EventCorrections.reportValue(intoSlug, report.role()), editorId));
        return moved.size();
    }

    /**
     * Gives the report another role, or takes it from the event ({@code role} empty).
     *
     * @return the report as it was
     * @throws EventNotFoundException when the event has no such report
     */
    @Transactional
    EditableEvent.Report changeReport(String slug, String articleSlug, Optional<ReportRole> role, long editorId) {
        EditableEvent.Report report = corrections.changeReport(slug, articleSlug, role, editorId);
        recordInArticle(
                report,
                slug,
                role.map(chosen -> EventCorrections.reportValue(slug, chosen)).orElse("none"),
                editorId);
        return report;
    }

    /**
     * Names the report a rewrite was written from, or none.
     *
     * @throws org.nkrtimeline.event.RewriteCycleException when the original is a rewrite of the report
     */
    EditableEvent.Report nameOriginal(String slug, String articleSlug, Optional<String> originalSlug, long editorId) {
        return corrections.nameOriginal(slug, articleSlug, originalSlug, editorId);
    }

    /**
     * Splits the chosen reports off into a new event, and records the move in each one's article history.
     *
     * @throws org.nkrtimeline.event.EventChangedException the event changed since {@code version}
     */
    @Transactional
    EventCorrections.Split split(
            String slug, long version, List<String> articleSlugs, String title, String summary, long editorId) {
        EventCorrections.Split split = corrections.split(slug, version, articleSlugs, title, summary, editorId);
        split.reports()
                .forEach(report -> recordInArticle(
                        report, slug, EventCorrections.reportValue(split.slug(), report.role()), editorId));
        return split;
    }

    /**
     * A report's change in its article's history, beside its assignment: from its role in the event
     * {@code slug} to {@code now}. At the article's version: no field of the article's own form changed.
     */
    private void recordInArticle(EditableEvent.Report report, String slug, String now, long editorId) {
        articleChanges.record(
                report.articleId(),
                editorId,
                report.articleVersion(),
                ArticleField.EVENT,
                EventCorrections.reportValue(slug, report.role()),
                now);
    }
}
